import Benchmark
import Foundation
import LinliBenchSupport
import LinliDataset
import LinliEngine
import LinliModel
import LinliStore

/// Reading a dataset folder of CSV files, saving a dataset to a new SQLite file (both with the generator's
/// history: absences and four weeks of service records), loading the stored dataset whole and as a roster loads
/// it (the week's service records only), and publishing a solved roster to SQLite, for medium and large districts
/// (xl opt-in). Generating, writing the CSV files, solving and creating the database files happen outside the
/// measured block.
let benchmarks: @Sendable () -> Void = {
    for tier in BenchDistrict.largeTiers {
        let csv = TemporaryDirectory("csv-\(tier)")
        Benchmark(
            "CSVImport-\(tier)", configuration: .linli(tier),
            closure: { (benchmark: Benchmark, directory: String) throws in
                for _ in benchmark.scaledIterations {
                    blackHole(try DatasetReader.importDirectory(directory, into: Dataset()))
                }
            },
            setup: {
                try csv.create()
                try DatasetWriter.write(BenchDistrict.dataset(tier, history: true), to: csv.path)
                return csv.path
            },
            teardown: { csv.remove() }
        )
        Benchmark(
            "SaveDataset-\(tier)", configuration: .linli(tier),
            closure: { (benchmark: Benchmark, dataset: Dataset) throws in
                try inFreshFolder { folder in
                    benchmark.startMeasurement()
                    let database = try AppDatabase.open(path: folder.file("linli.sqlite"))
                    blackHole(try database.saveDataset(dataset))
                    benchmark.stopMeasurement()
                }
            },
            setup: { BenchDistrict.dataset(tier, history: true) }
        )
        let stored = TemporaryDirectory("stored-\(tier)")
        for (name, week) in [("LoadDataset", nil), ("LoadForRoster", BenchDistrict.week)] as [(String, ISOWeek?)] {
            Benchmark(
                "\(name)-\(tier)", configuration: .linli(tier),
                closure: { (benchmark: Benchmark, path: String) throws in
                    let database = try AppDatabase.openExisting(path: path)
                    for _ in benchmark.scaledIterations {
                        blackHole(try database.loadRevisedDataset(recordsOf: week))
                    }
                },
                setup: {
                    try stored.create()
                    let path = stored.file("\(name).sqlite")
                    try AppDatabase.open(path: path).saveDataset(BenchDistrict.dataset(tier, history: true))
                    return path
                },
                teardown: { stored.remove() }
            )
        }
        Benchmark(
            "PublishRoster-\(tier)", configuration: .linli(tier),
            closure: { (benchmark: Benchmark, roster: Roster) throws in
                try inFreshFolder { folder in
                    let database = try AppDatabase.open(path: folder.file("linli.sqlite"))
                    benchmark.startMeasurement()
                    blackHole(try database.publish(roster))
                    benchmark.stopMeasurement()
                }
            },
            setup: { try solvedRoster(BenchDistrict.dataset(tier)) }
        )
    }
}

/// Runs `body` with a new empty folder for a database file, and removes the folder afterwards.
private func inFreshFolder(_ body: (TemporaryDirectory) throws -> Void) throws {
    let folder = try TemporaryDirectory("store").create()
    defer { folder.remove() }
    try body(folder)
}

/// The default roster of the benchmark week, as `linli roster` would publish it.
private func solvedRoster(_ dataset: Dataset) throws -> Roster {
    let week = BenchDistrict.week
    let options = RunOptions()
    let problem = try Problem(dataset: dataset, week: week, options: options)
    let solution = Solver(options: options).solve(problem)
    let summary = RosterSummary(
        week: week, parts: solution.parts, assignedVisits: solution.assignedVisits, unmetVisits: solution.unmet.count,
        demandedWeightedMinutes: problem.demandedWeightedMinutes,
        unmetByReason: Dictionary(grouping: solution.unmet, by: \.reason).mapValues(\.count),
        upperBound: solution.upperBound
    )
    return Roster(week: week, options: options, assignments: solution.assignments, unmet: solution.unmet, summary: summary)
}
