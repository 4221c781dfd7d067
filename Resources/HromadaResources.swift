import Foundation

/// Hands out the locations of Hromada's bundled resources: the demo community and the string tables.
public enum HromadaResources {
  /// The folder holding the demo community's seed files.
  public static var demoDirectory: URL {
    Bundle.module.url(forResource: "demo", withExtension: nil)
      ?? Bundle.module.bundleURL.appendingPathComponent("demo")
  }

  /// The folder holding the interface string tables, one JSON file per language.
  public static var stringsDirectory: URL {
    Bundle.module.url(forResource: "strings", withExtension: nil)
      ?? Bundle.module.bundleURL.appendingPathComponent("strings")
  }
}
