/// Why the store refused a file or could not read it back.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file was migrated by a newer linli: it holds schema changes this binary does not know.
    case newerSchema(path: String, found: String, known: String)
    /// A stored value does not parse as its column's type: the file was edited by hand or damaged.
    case corruptValue(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case let .newerSchema(path, found, known):
            "\(path) was written by a newer linli (schema \(found)); this linli knows up to \(known) — upgrade linli"
        case let .corruptValue(table, column, value):
            "the database holds '\(value)' in \(table).\(column), which is not a valid value for that column"
        }
    }
}
