// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: strict Swift 6 plus the upcoming features the house style asks for.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Hromada",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "hromada", targets: ["hromada"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(
      name: "CommunityCore",
      dependencies: [.product(name: "_CryptoExtras", package: "swift-crypto")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "HromadaResources",
      path: "Resources",
      exclude: [],
      resources: [.copy("demo"), .copy("strings")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "CommunityTUI",
      dependencies: ["CommunityCore"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "hromada",
      dependencies: [
        "CNcurses", "CommunityCore", "CommunityTUI", "HromadaResources",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "hromada-bench",
      dependencies: ["CommunityCore", "CommunityTUI", "HromadaResources"],
      path: "Benchmarks/Sources",
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CommunityCoreTests",
      dependencies: ["CommunityCore", "HromadaResources"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CommunityTUITests",
      dependencies: ["CommunityTUI", "CommunityCore", "HromadaResources"],
      resources: [.copy("Golden")],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
