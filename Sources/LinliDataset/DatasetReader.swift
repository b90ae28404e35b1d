import Foundation
import LinliModel

/// Reads dataset CSV files (Docs/Dataset.md), validates them all-or-nothing and merges them into a dataset.
public enum DatasetReader {
    /// Reads every dataset CSV present in `directory` (other files are ignored; a folder with none is an error) and merges into `base`.
    /// - Parameter rostered: the visits on published rosters; a service record of another visit gets a warning.
    public static func importDirectory(
        _ directory: String, into base: Dataset, rostered: Set<VisitKey>? = nil
    ) throws(DiagnosticsError) -> ImportResult {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw DiagnosticsError([.error(file: directory, "no such folder")])
        }
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        let folder = URL(fileURLWithPath: directory)
        let sources = DatasetFile.allCases.filter { names.contains($0.rawValue) }
            .map { ($0, folder.appendingPathComponent($0.rawValue).path) }
        guard !sources.isEmpty else {
            throw DiagnosticsError([.error(file: directory, "no dataset CSV files in this folder; expected any of \(allNames)")])
        }
        return try importSources(sources, into: base, refusingLinks: true, rostered: rostered)
    }

    /// Incremental import of single files (e.g. just menu.csv), recognised by file name, merged into `base`.
    /// - Parameters:
    ///   - enterprise: when given, the files are one enterprise's upload: only its own menu and
    ///     worker rows are accepted (see `EnterpriseScopeCheck`); any other row is an error.
    ///   - totalLimit: when given, a merge that would leave its owner more rows than the limit is an error.
    public static func importFiles(
        _ paths: [String], into base: Dataset, rostered: Set<VisitKey>? = nil, enterprise: String? = nil,
        totalLimit: TotalRowLimit? = nil
    ) throws(DiagnosticsError) -> ImportResult {
        var byFile: [DatasetFile: String] = [:]
        var problems: [Diagnostic] = []
        for path in paths {
            let name = fileName(of: path)
            if let file = DatasetFile(fileName: name) {
                if byFile[file] != nil { problems.append(.error(file: name, "given twice")) }
                byFile[file] = path
            } else {
                problems.append(.error(file: name, "not a dataset file; its name must be one of \(allNames)"))
            }
        }
        if paths.isEmpty { problems.append(.error(file: "", "no files to import")) }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return try importSources(
            DatasetFile.allCases.compactMap { f in byFile[f].map { (f, $0) } }, into: base, rostered: rostered, enterprise: enterprise,
            totalLimit: totalLimit)
    }

    private static var allNames: String { DatasetFile.allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads, checks and merges `sources`; throws every problem when any is an error. With
    /// `refusingLinks`, a source that is a symbolic link is refused rather than followed; with `enterprise`,
    /// rows outside that enterprise are errors.
    /// - Complexity: O(total size of the files + size of `base`).
    static func importSources(
        _ sources: [(DatasetFile, String)], into base: Dataset, refusingLinks: Bool = false, rostered: Set<VisitKey>? = nil,
        enterprise: String? = nil, totalLimit: TotalRowLimit? = nil
    ) throws(DiagnosticsError) -> ImportResult {
        let loaded = sources.map { LoadedFile(path: $0.1, schema: $0.0.schema, refusingLinks: refusingLinks) }
        return try importLoaded(
            sources.map(\.0), loaded, into: base, rostered: rostered, enterprise: enterprise, totalLimit: totalLimit)
    }

    /// The days of the rows of a service_records.csv upload whose date reads as a day: the only days whose stored
    /// records the upload can replace, so its import needs no others (rows whose date does not read are errors
    /// of the import itself).
    /// - Complexity: O(size of the file).
    public static func recordDays(_ bytes: [UInt8]) -> Set<Day> {
        var loaded = LoadedFile(bytes: bytes, schema: DatasetFile.serviceRecords.schema)
        return Set(loaded.records(known: KnownIDs(base: Dataset(), scope: nil)) { $0.day("date") }.map(\.value))
    }

    /// Import of one uploaded file, already in memory, as dataset file `file`, merged into `base`;
    /// with `scope`, rows outside it are errors at their line (``ImportScope``).
    /// - Parameters:
    ///   - rostered: the visits on published rosters; a service record of another visit gets a warning.
    ///   - maxRows: the most rows the file may have; a longer file is one error naming the limit, and no row is read.
    ///   - totalLimit: when given, a merge that would leave its owner more rows than the limit is an error.
    /// - Complexity: O(size of the file + size of `base`).
    public static func importUpload(
        _ bytes: [UInt8], as file: DatasetFile, into base: Dataset, rostered: Set<VisitKey>? = nil, scope: ImportScope? = nil,
        maxRows: Int? = nil, totalLimit: TotalRowLimit? = nil
    ) throws(DiagnosticsError) -> ImportResult {
        var loaded = LoadedFile(bytes: bytes, schema: file.schema)
        if let maxRows, loaded.table.records.count > maxRows {
            loaded.log.error("\(loaded.table.records.count) rows: an upload may have at most \(maxRows); split the file")
            throw DiagnosticsError(loaded.log.diagnostics)
        }
        return try importLoaded([file], [loaded], into: base, rostered: rostered, scope: scope, totalLimit: totalLimit)
    }

    /// Checks and merges the parsed `loaded` files (`files[i]` is `loaded[i]`'s kind).
    private static func importLoaded(
        _ files: [DatasetFile], _ loaded: [LoadedFile], into base: Dataset, rostered: Set<VisitKey>?, scope: ImportScope? = nil,
        enterprise: String? = nil, totalLimit: TotalRowLimit? = nil
    ) throws(DiagnosticsError) -> ImportResult {
        var loaded = loaded
        var known = KnownIDs(base: base, scope: scope)
        for (i, file) in files.enumerated() { known.add(file, table: loaded[i].table, columns: loaded[i].columns) }
        var rows = IncomingRows()
        for (i, file) in files.enumerated() { rows.decode(file, &loaded[i], known: known) }
        if let enterprise {
            for (i, file) in files.enumerated() {
                EnterpriseScopeCheck.check(file, rows, base: base, enterpriseID: enterprise, log: &loaded[i].log)
            }
        }
        let (dataset, changes) = DatasetMerger.merge(rows, into: base)
        if let menu = rows.menu, let i = files.firstIndex(of: .menu) {
            PriceRiseCheck.check(menu, base: base.menu, merged: dataset.menu, log: &loaded[i].log)
        }
        if let records = rows.serviceRecords, let rostered, let i = files.firstIndex(of: .serviceRecords) {
            warnOffRoster(records, rostered: rostered, log: &loaded[i].log)
        }
        if let scope {
            for (i, file) in files.enumerated() {
                scope.check(file, rows, base: base, merged: dataset, known: known, log: &loaded[i].log)
            }
        }
        if let totalLimit, let i = files.firstIndex(of: totalLimit.file) {
            totalLimit.check(base: base, merged: dataset, log: &loaded[i].log)
        }
        let diagnostics = loaded.flatMap(\.log.diagnostics)
        if loaded.contains(where: \.log.hasErrors) { throw DiagnosticsError(diagnostics) }
        return ImportResult(dataset: dataset, warnings: diagnostics, changes: changes)
    }

    /// Most located warnings about records of visits on no published roster; the rest are counted in one more.
    static let offRosterWarningLimit = 20

    /// Warns about each record whose visit is on no published roster, naming the first
    /// ``offRosterWarningLimit`` by line and counting the rest, so a history of phone orders does not flood the output.
    /// Records of weeks with no published roster at all (history from before Linli rostered them)
    /// are one warning per file, naming those weeks.
    private static func warnOffRoster(_ records: [Lined<ServiceRecord>], rostered: Set<VisitKey>, log: inout FileLog) {
        let rosteredWeeks = Set(rostered.map { ISOWeek(containing: $0.date) })
        let off = records.filter { !rostered.contains($0.value.visit) }
        let (unrostered, missed) = off.reduce(into: ([Lined<ServiceRecord>](), [Lined<ServiceRecord>]())) { parts, record in
            if rosteredWeeks.contains(ISOWeek(containing: record.value.date)) { parts.1.append(record) } else { parts.0.append(record) }
        }
        if !unrostered.isEmpty {
            let weeks = Set(unrostered.map { ISOWeek(containing: $0.value.date) }).sorted()
            let named = weeks.count <= 6 ? weeks.map(\.description).joined(separator: ", ") : "\(weeks[0]) … \(weeks[weeks.count - 1])"
            log.warning("\(unrostered.count) records are of weeks with no published roster (\(named)): kept as history")
        }
        for record in missed.prefix(offRosterWarningLimit) {
            log.warning(
                line: record.line, column: "date",
                "demand \(ValueParser.quoted(record.value.demandID)) on \(record.value.date) is on no published roster")
        }
        if missed.count > offRosterWarningLimit {
            log.warning("\(missed.count - offRosterWarningLimit) more records are of visits on no published roster")
        }
    }
}
