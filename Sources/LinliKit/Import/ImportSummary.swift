import LinliDataset
import LinliModel

/// What `linli import` did: rows added, changed and left alone per file, and the warnings.
public struct ImportSummary: Hashable, Sendable {
    /// One file's counts.
    public struct FileChange: Hashable, Sendable {
        public var file: DatasetFile
        public var count: ChangeCount
    }

    /// The files read, in dataset.md order.
    public var changes: [FileChange]
    /// Unknown columns, re-encoded files, menu price rises over 10%, ...
    public var warnings: [Diagnostic]
    /// Whether the database was written (false when everything was already stored).
    public var wrote: Bool

    init(_ result: ImportResult, wrote: Bool) {
        changes = DatasetFile.allCases.compactMap { file in result.changes[file].map { FileChange(file: file, count: $0) } }
        warnings = result.warnings
        self.wrote = wrote
    }

    /// `menu.csv: 2 added, 1 changed, 40 unchanged` per file, then whether anything was written.
    public var lines: [String] {
        changes.map { "\($0.file.rawValue): \($0.count.added) added, \($0.count.changed) changed, \($0.count.unchanged) unchanged" }
            + [wrote ? "saved." : "nothing to change: the database already holds this data."]
    }
}
