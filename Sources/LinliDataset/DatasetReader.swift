import Foundation
import LinliModel

/// Reads dataset CSV files (dataset.md), validates them all-or-nothing and merges them into a dataset.
public enum DatasetReader {
    /// Reads every dataset CSV present in `directory` (other files are ignored; a folder with none is an error) and merges into `base`.
    public static func importDirectory(_ directory: String, into base: Dataset) throws(DiagnosticsError) -> ImportResult {
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
        return try importSources(sources, into: base, refusingLinks: true)
    }

    /// Incremental import of single files (e.g. just menu.csv), recognised by file name, merged into `base`.
    public static func importFiles(_ paths: [String], into base: Dataset) throws(DiagnosticsError) -> ImportResult {
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
        return try importSources(DatasetFile.allCases.compactMap { f in byFile[f].map { (f, $0) } }, into: base)
    }

    private static var allNames: String { DatasetFile.allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads, checks and merges `sources`; throws every problem when any is an error. With
    /// `refusingLinks`, a source that is a symbolic link is refused rather than followed.
    /// - Complexity: O(total size of the files + size of `base`).
    static func importSources(
        _ sources: [(DatasetFile, String)], into base: Dataset, refusingLinks: Bool = false
    ) throws(DiagnosticsError) -> ImportResult {
        var loaded = sources.map { LoadedFile(path: $0.1, schema: $0.0.schema, refusingLinks: refusingLinks) }
        var known = KnownIDs(base: base)
        for (i, (file, _)) in sources.enumerated() { known.add(file, table: loaded[i].table, columns: loaded[i].columns) }
        var rows = IncomingRows()
        for (i, (file, _)) in sources.enumerated() { rows.decode(file, &loaded[i], known: known) }
        let (dataset, changes) = DatasetMerger.merge(rows, into: base)
        if let menu = rows.menu, let i = sources.firstIndex(where: { $0.0 == .menu }) {
            PriceRiseCheck.check(menu, base: base.menu, merged: dataset.menu, log: &loaded[i].log)
        }
        let diagnostics = loaded.flatMap(\.log.diagnostics)
        if loaded.contains(where: \.log.hasErrors) { throw DiagnosticsError(diagnostics) }
        return ImportResult(dataset: dataset, warnings: diagnostics, changes: changes)
    }
}
