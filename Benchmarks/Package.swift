// swift-tools-version: 6.1
import PackageDescription

// The benchmarks live in their own package so the main package (and `swift test` at the top)
// never builds the benchmark library. Run from this folder: `swift package benchmark`.
// Only the "MallocInterposer" trait is on: the malloc counts need it, and leaving out the
// "RuntimeInterposer" trait (ARC counters, not measured here) drops its extra dependency.

/// A library product of the main package.
func linli(_ name: String) -> Target.Dependency { .product(name: name, package: "Linli") }

let benchmark: Target.Dependency = .product(name: "Benchmark", package: "benchmark")

/// A benchmark executable in `Benchmarks/<name>`, where the benchmark plugin looks for it.
func suite(_ name: String, _ libraries: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["LinliBenchSupport", benchmark] + libraries.map(linli),
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "LinliBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Linli", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // What both suites share: the districts they measure, and the metrics and thresholds they keep.
        .target(name: "LinliBenchSupport", dependencies: [benchmark, linli("LinliModel"), linli("LinliSynth")], path: "Support"),
        // Candidate generation (building the week's Problem) and the solve, tiny to large (xl opt-in).
        suite("Roster", ["LinliModel", "LinliEngine"]),
        // CSV import, saving a dataset to SQLite, publishing a roster to SQLite.
        suite("Import", ["LinliModel", "LinliEngine", "LinliDataset", "LinliStore"]),
    ]
)
