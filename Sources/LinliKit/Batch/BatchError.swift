import LinliModel

/// Why `linli batch` or `linli batch merge` stopped, in the user's terms.
public enum BatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Some items failed or were blocked; the others are done.
    case itemsFailed(failed: Int, blocked: Int)
    /// Two reports give different results for one item.
    case conflict(item: BatchItem, first: String, second: String)
    /// A report file cannot be read as a batch report.
    case unreadableReport(path: String, reason: String)
    /// A report field holds a value a report cannot have.
    case badField(String, String)

    public var description: String {
        switch self {
        case let .itemsFailed(failed, blocked):
            "\(failed) item(s) failed" + (blocked > 0 ? " and \(blocked) later week(s) of their databases were not run" : "")
                + "; fix the cause and run again with --resume to finish"
        case let .conflict(item, first, second):
            "the reports disagree on \(item): \(first) says one result, \(second) another; rerun that item and merge again"
        case let .unreadableReport(path, reason):
            "\(path) is not a linli batch report: \(reason)"
        case let .badField(field, value):
            "the report holds '\(value)' in \(field)"
        }
    }
}
