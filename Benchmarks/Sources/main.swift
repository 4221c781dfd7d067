import Foundation

print("hromada-bench: nothing yet")
