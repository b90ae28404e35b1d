import Foundation
import LinliModel

extension RosterFiles {
    /// changes.csv: one row per visit dated on or after the replan date that either version assigns.
    public static let changeColumns = [
        "demand_id", "date", "before_worker_id", "before_start", "after_worker_id", "after_start", "change",
    ]

    /// Writes DIR/changes.csv of a replan run (times HH:MM, empty cells for a side with no assignment),
    /// with the same byte order mark and formula guard as roster.csv.
    public static func writeChanges(_ changes: [RosterChange], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try CSVDocument.write(
            header: changeColumns, rows: changes.map(changeRow), numeric: [],
            to: URL(fileURLWithPath: directory).appendingPathComponent("changes.csv").path
        )
    }

    /// One row of changes.csv.
    public static func changeRow(_ change: RosterChange) -> [String] {
        [
            change.visit.demandID, change.visit.date.description,
            change.before?.workerID ?? "", change.before?.start.description ?? "",
            change.after?.workerID ?? "", change.after?.start.description ?? "", change.kind.rawValue,
        ]
    }
}
