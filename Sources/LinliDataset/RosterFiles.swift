import Foundation
import LinliModel

/// The files of an exported roster (Docs/Commands.md) and the pins a community office hands in.
public enum RosterFiles {
    /// Writes DIR/roster.csv, DIR/unmet.csv and DIR/summary.json. Both CSV files keep the contract's
    /// leading columns (roster: demand_id,date,start,end,worker_id,enterprise_id,item_code,price;
    /// unmet: demand_id,date,reason) and append readable ones taken from `dataset` (names, community,
    /// address, item name, priority group), since the files are handed to people; each starts with a
    /// UTF-8 byte order mark so that Excel reads it as UTF-8.
    public static func write(_ roster: Roster, dataset: Dataset, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        try CSVDocument.write(
            header: rosterColumns, rows: rosterRows(roster, dataset: dataset), numeric: numericColumns,
            to: folder.appendingPathComponent("roster.csv").path
        )
        try CSVDocument.write(
            header: unmetColumns, rows: unmetRows(roster, dataset: dataset), numeric: numericColumns,
            to: folder.appendingPathComponent("unmet.csv").path
        )
        try OutputFile.write(summaryJSON(roster) + "\n", to: folder.appendingPathComponent("summary.json").path)
    }

    /// Columns of pins.csv.
    static let pinSchema = TableSchema(name: "pins.csv", required: ["demand_id", "date", "worker_id"], optional: ["start"])

    /// Reads a pins.csv (columns demand_id,date,worker_id and optional start) with the same diagnostics style.
    public static func readPins(_ path: String) throws(DiagnosticsError) -> [Pin] {
        try readLocatedPins(path).map(\.pin)
    }

    /// Reads a pins.csv as ``readPins(_:)`` does, keeping each pin's line.
    public static func readLocatedPins(_ path: String) throws(DiagnosticsError) -> [LocatedPin] {
        var schema = pinSchema
        schema.name = fileName(of: path)
        var file = LoadedFile(path: path, schema: schema)
        let pins = file.rows(
            known: KnownIDs(base: Dataset()), key: \.visit, keyColumn: "date",
            describe: { "pin of demand \(ValueParser.quoted($0.demandID)) on \($0.date)" }
        ) { $0.pin() }
        if file.log.hasErrors { throw DiagnosticsError(file.log.diagnostics) }
        return pins.map { LocatedPin(pin: $0.value, file: schema.name, line: $0.line) }
    }
}
