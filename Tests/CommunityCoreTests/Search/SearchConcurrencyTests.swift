import Foundation
import Testing

@testable import CommunityCore

struct SearchConcurrencyTests {
  @Test("two instances writing at the same time lose nothing")
  func twoInstances() async throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let url = directory.url
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          let index = try SearchIndex(directory: url, journalLimit: 7)
          for number in 0..<60 {
            try index.upsert(
              SearchTestSupport.news("w\(writer)-\(number)", "Звіт \(writer)", "громада \(number)"))
            if number % 10 == 0 { _ = try index.search("громада", viewer: .guest) }
          }
        }
      }
      try await group.waitForAll()
    }
    let index = try SearchIndex(directory: url)
    #expect(try index.documentCount == 120)
    #expect(try index.search("громада", viewer: .guest).totalCount == 120)
  }

  @Test("one instance shared by concurrent tasks stays consistent")
  func sharedInstance() async throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url, journalLimit: 5)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<3 {
        group.addTask {
          for number in 0..<20 {
            try index.upsert(SearchTestSupport.news("\(writer)-\(number)", "Бюджет", ""))
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(try index.documentCount == 60)
  }

  /// Names the index directory the child process writes to; set only in the child.
  private static let childVariable = "HROMADA_SEARCH_CHILD_DIRECTORY"
  private static var isChild: Bool { ProcessInfo.processInfo.environment[childVariable] != nil }

  @Test(
    "a child process and this process writing at the same time lose nothing",
    .enabled(if: !isChild))
  func childProcess() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    // The child is this test binary running only `childWriter` below.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    child.arguments = [
      "--testing-library", "swift-testing", "--filter", "SearchConcurrencyTests/childWriter",
    ]
    child.environment = ProcessInfo.processInfo.environment.merging(
      [Self.childVariable: directory.url.path]) { _, new in new }
    child.standardOutput = FileHandle.nullDevice
    child.standardError = FileHandle.nullDevice
    try child.run()
    let index = try SearchIndex(directory: directory.url, journalLimit: 7)
    for number in 0..<60 {
      try index.upsert(SearchTestSupport.news("parent-\(number)", "Звіт", "громада \(number)"))
    }
    child.waitUntilExit()
    #expect(child.terminationStatus == 0)
    let reopened = try SearchIndex(directory: directory.url)
    #expect(try reopened.documentCount == 120)
    #expect(try reopened.search("громада", viewer: .guest).totalCount == 120)
    #expect(try SearchTestSupport.ids(reopened, "\"громада 59\"").count == 2)
  }

  @Test("child writer for the two-process test", .enabled(if: isChild))
  func childWriter() throws {
    let path = try #require(ProcessInfo.processInfo.environment[Self.childVariable])
    let index = try SearchIndex(directory: URL(fileURLWithPath: path), journalLimit: 7)
    for number in 0..<60 {
      try index.upsert(SearchTestSupport.news("child-\(number)", "Звіт", "громада \(number)"))
    }
  }
}
