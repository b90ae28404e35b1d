import LinliDataset
import LinliModel
import LinliStore

/// What `linli import` did: rows added, changed and left alone per file, and the warnings.
public struct ImportSummary: Hashable, Sendable {
    /// One file's counts.
    public struct FileChange: Hashable, Sendable {
        public var file: DatasetFile
        public var count: ChangeCount
    }

    /// The files read, in Docs/Dataset.md order.
    public var changes: [FileChange]
    /// Unknown columns, re-encoded files, menu price rises over 10%, ...
    public var warnings: [Diagnostic]
    /// Whether the database was written (false when everything was already stored, and in a dry run).
    public var wrote: Bool
    /// Whether this was a dry run: the counts and removals say what an import would do; nothing was saved.
    public var dryRun: Bool
    /// The stored rows a replacing import deleted (or would delete), children before parents.
    public var removals: [DatasetUpdate.Removal]

    init(_ result: ImportResult, wrote: Bool, dryRun: Bool = false, removals: [DatasetUpdate.Removal] = []) {
        changes = DatasetFile.allCases.compactMap { file in result.changes[file].map { FileChange(file: file, count: $0) } }
        warnings = result.warnings
        self.wrote = wrote
        self.dryRun = dryRun
        self.removals = removals
    }

    /// `menu.csv: 2 added, 1 changed, 40 unchanged` per file, the rows removed per table, then whether
    /// anything was written.
    public var lines: [String] {
        let verb = dryRun ? "would remove" : "removed"
        let removed = Dictionary(grouping: removals, by: \.table).sorted { $0.key < $1.key }.map { table, rows in
            "\(table): \(verb) \(rows.count): " + rows.map { $0.key + ($0.inPublishedRoster ? " (in a published roster)" : "") }
                .joined(separator: ", ")
        }
        let outcome = dryRun ? "dry run: nothing was saved."
            : wrote ? "saved." : "nothing to change: the database already holds this data."
        let protected = dryRun && removals.contains(where: \.inPublishedRoster)
            ? ["rows in a published roster are deleted only with --force."] : []
        return changes.map { "\($0.file.rawValue): \($0.count.added) added, \($0.count.changed) changed, \($0.count.unchanged) unchanged" }
            + removed + protected + [outcome]
    }
}
