/// Why the store refused a file or could not read it back.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file was migrated by a newer linli: it holds schema changes this binary does not know.
    case newerSchema(path: String, found: String, known: String)
    /// A stored value does not parse as its column's type: the file was edited by hand or damaged.
    case corruptValue(table: String, column: String, value: String)
    /// Another command holds the database's write lock and did not let go in time.
    case busy(path: String)
    /// The file is not an SQLite database, or an SQLite database that Linli did not make.
    case notLinliDatabase(path: String)
    /// The file, or the folder it sits in, cannot be written.
    case readOnly(path: String)
    /// The folder a new database would go into does not exist.
    case missingFolder(path: String)
    /// The stored dataset changed between loading it and publishing a roster computed from it.
    case datasetChanged(path: String)
    /// Another run published a roster of the week between a run's reading the published one and its publishing.
    case publishedChanged(path: String, week: String)
    /// A replacing import would delete rows that published rosters still name.
    case removalInUse(path: String, rows: [String])
    /// Any other failure of SQLite, in its own words.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case let .newerSchema(path, found, known):
            "\(path) was written by a newer linli (schema \(found)); this linli knows up to \(known) — upgrade linli"
        case let .corruptValue(table, column, value):
            "the database holds '\(value)' in \(table).\(column), which is not a valid value for that column"
        case let .busy(path):
            "\(path) is busy: another linli command is writing to it; try again when it has finished"
        case let .notLinliDatabase(path):
            "\(path) is not a Linli database"
        case let .readOnly(path):
            "\(path) cannot be written (a read-only file or folder); nothing was changed"
        case let .missingFolder(path):
            "the folder \(path) does not exist; create it first or choose another --db path"
        case let .datasetChanged(path):
            "the district in \(path) changed while rostering (another command imported data); nothing was published — run again"
        case let .publishedChanged(path, week):
            "another run published a roster of \(week) in \(path) while this one was rostering; nothing was published — "
                + "look at that roster, and replan it from a day if it still needs changing"
        case let .removalInUse(path, rows):
            "\(path): published rosters still name \(rows.joined(separator: ", ")); nothing was changed — add --force to delete them anyway"
        case let .database(path, message):
            "\(path): the database failed: \(message)"
        }
    }
}
