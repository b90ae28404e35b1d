import LinliModel

/// The outcome of a successful import.
public struct ImportResult: Sendable {
    /// The base dataset merged with what was read.
    public var dataset: Dataset
    /// Unknown columns, GB18030 decoding, menu price rises over 10%, ...
    public var warnings: [Diagnostic]
    /// Per file read: rows added, changed and left alone. For shift_patterns.csv the unit is a pattern.
    public var changes: [DatasetFile: ChangeCount]

    public init(dataset: Dataset, warnings: [Diagnostic], changes: [DatasetFile: ChangeCount]) {
        self.dataset = dataset
        self.warnings = warnings
        self.changes = changes
    }
}
