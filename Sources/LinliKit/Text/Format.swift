import Foundation

/// Number and table formatting shared by the reports.
enum Format {
    /// `x` with `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

    /// A ratio as a percentage with one decimal: `93.2%`.
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100, 1) + "%" }

    /// Rows with every column but the last padded to its widest cell, two spaces apart; widths are
    /// terminal columns, so that Chinese labels (two columns a character) line up.
    /// - Complexity: O(total length of the cells).
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].displayWidth : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell.rightPadded(to: widths[c])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}
