import Foundation

/// Number and table formatting shared by the reports.
enum Format {
    /// `x` with `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

    /// A ratio as a percentage with one decimal: `93.2%`.
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100, 1) + "%" }

    /// Rows with every column but the last padded to its widest cell, two spaces apart.
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}
