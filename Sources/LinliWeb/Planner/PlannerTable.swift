import Hummingbird

/// A table as a planner page shows it and as its CSV download writes it: one header, the same rows.
/// Keeping both in one value means the download is exactly what the page showed.
struct PlannerTable {
    struct Cell {
        var text: String
        var numeric: Bool
        var warn: Bool
    }

    struct Row {
        var cells: [Cell]
    }

    struct Column {
        var name: String
        var label: String
        var numeric: Bool
    }

    var columns: [Column]
    var rows: [Row]

    /// - Parameter columns: (CSV name, page label) pairs; `numeric` names the columns of numbers.
    init(_ columns: [(String, String)], numeric: Set<String> = [], rows: [[String]], warn: (Int, Int) -> Bool = { _, _ in false }) {
        self.columns = columns.map { Column(name: $0.0, label: $0.1, numeric: numeric.contains($0.0)) }
        self.rows = rows.enumerated().map { r, row in
            Row(cells: row.enumerated().map { c, text in
                Cell(text: text, numeric: c < columns.count && numeric.contains(columns[c].0), warn: warn(r, c))
            })
        }
    }

    /// The CSV download of the table.
    func csv(fileName: String) -> Response {
        CSVDownload.response(
            fileName: fileName, header: columns.map(\.name), rows: rows.map { $0.cells.map(\.text) },
            numeric: Set(columns.filter(\.numeric).map(\.name)))
    }

    /// `0.932` as `93.2%`; `n/a` for nil.
    static func percent(_ x: Double?) -> String {
        guard let x else { return "n/a" }
        return String(format: "%.1f%%", x * 100)
    }
}
