print("hromada")
