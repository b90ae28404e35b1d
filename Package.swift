// swift-tools-version: 6.1
import PackageDescription

/// The compute-heavy targets (model, search, bounds, generated districts, coverage) are optimised in debug builds
/// too: the tests spend most of their CPU solving generated weeks, and unoptimised they ran several times
/// slower. Overflow and exclusivity checks stay on (`-O`, not `-Ounchecked`); the sources hold no `assert`.
let optimisedInDebug = SwiftSetting.unsafeFlags(["-O"], .when(configuration: .debug))

let package = Package(
    name: "Linli",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "linli", targets: ["linli"]),
        .library(name: "LinliModel", targets: ["LinliModel"]),
        .library(name: "LinliEngine", targets: ["LinliEngine"]),
        .library(name: "LinliSynth", targets: ["LinliSynth"]),
        .library(name: "LinliDataset", targets: ["LinliDataset"]),
        .library(name: "LinliStore", targets: ["LinliStore"]),
        .library(name: "LinliKit", targets: ["LinliKit"]),
        .library(name: "LinliPlan", targets: ["LinliPlan"]),
        .library(name: "LinliWeb", targets: ["LinliWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // Pure value types of dataset.md and rules.md: no I/O, no Foundation file APIs.
        .target(name: "LinliModel", swiftSettings: [optimisedInDebug]),
        // The matching core: Problem in, Solution out, `check` beside `solve`. No I/O.
        // Release builds skip the run-time exclusivity checks of class properties (the search's routes): perf
        // showed them (swift_beginAccess and its thread-local access set) at 13% of a tiny week's search, and
        // dropping them cut its CPU by a fifth. Debug builds, and so every test, still check.
        .target(
            name: "LinliEngine",
            dependencies: ["LinliModel"],
            swiftSettings: [
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
                optimisedInDebug,
            ]
        ),
        // Deterministic synthetic districts (randomness injected). No I/O.
        .target(name: "LinliSynth", dependencies: ["LinliModel"], swiftSettings: [optimisedInDebug]),
        // CSV reading, validation and writing of dataset folders, and the planning files (staff, targets).
        .target(
            name: "LinliDataset",
            dependencies: [
                "LinliModel", "LinliPlan",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The SQLite store over GRDB.
        .target(
            name: "LinliStore",
            dependencies: [
                "LinliModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Coverage planning: reach, the maximal covering location problem, indicators, SVG maps. No I/O.
        .target(
            name: "LinliPlan",
            dependencies: ["LinliModel"],
            swiftSettings: [optimisedInDebug]
        ),
        // Use cases the CLI calls: import, export, roster, check, demo.
        .target(
            name: "LinliKit",
            dependencies: [
                "LinliModel", "LinliEngine", "LinliSynth", "LinliDataset", "LinliStore", "LinliPlan",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The web console: translates HTTP requests into use cases and results into pages; role scope in one place.
        .target(
            name: "LinliWeb",
            dependencies: [
                "LinliKit", "LinliModel", "LinliStore", "LinliDataset",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin command-line edge.
        .executableTarget(
            name: "linli",
            dependencies: [
                "LinliKit", "LinliModel", "LinliSynth", "LinliStore", "LinliWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "LinliTestSupport",
            dependencies: ["LinliModel", "LinliSynth"],
            path: "Tests/LinliTestSupport"
        ),
        .testTarget(name: "LinliModelTests", dependencies: ["LinliModel", "LinliTestSupport"]),
        .testTarget(name: "LinliEngineTests", dependencies: ["LinliEngine", "LinliSynth", "LinliTestSupport"]),
        .testTarget(name: "LinliSynthTests", dependencies: ["LinliSynth", "LinliTestSupport"]),
        .testTarget(name: "LinliDatasetTests", dependencies: ["LinliDataset", "LinliPlan", "LinliTestSupport"]),
        .testTarget(
            name: "LinliStoreTests",
            dependencies: ["LinliStore", "LinliTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "LinliKitTests",
            dependencies: ["LinliKit", "LinliModel", "LinliEngine", "LinliSynth", "LinliDataset", "LinliStore", "LinliTestSupport"]
        ),
        .testTarget(name: "LinliPlanTests", dependencies: ["LinliPlan", "LinliModel", "LinliTestSupport"]),
        // Fixtures/: small datasets that the end-to-end tests hand to the binary.
        .testTarget(name: "linliTests", dependencies: ["LinliTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LinliWebTests",
            dependencies: [
                "LinliWeb", "LinliKit", "LinliModel", "LinliStore", "LinliDataset", "LinliSynth", "LinliTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A W3C WebDriver client for headless Chromium (chromedriver), used by the browser tests.
        .target(
            name: "LinliBrowserSupport",
            dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client")],
            path: "Tests/LinliBrowserSupport"
        ),
        // The web console in a real browser: the built `linli serve` driven through chromedriver.
        .testTarget(name: "ConsoleBrowserTests", dependencies: ["LinliBrowserSupport"]),
    ]
)
