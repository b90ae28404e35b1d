/// The columns a CSV file must and may have.
struct TableSchema: Sendable {
    /// File name used in diagnostics.
    var name: String
    /// Columns that must appear in the header.
    var required: [String]
    /// Columns that may be absent; an absent column reads as empty.
    var optional: [String]
    /// All columns in writing order.
    var columns: [String]
    /// Columns that hold numbers (or lists of numbers); every other column is text, guarded against
    /// formula injection on writing and restored on reading (``FormulaGuard``).
    var numeric: Set<String>

    init(name: String, required: [String], optional: [String], order: [String]? = nil, numeric: Set<String> = []) {
        self.name = name
        self.required = required
        self.optional = optional
        self.columns = order ?? required + optional
        self.numeric = numeric
    }
}
