import Foundation

/// Facts read straight from the sample district's CSV files, to check pages against the data rather than
/// against numbers written into the tests.
enum SampleDistrict {
    /// The rows of `file` (header dropped, byte order mark removed), split at commas; the sample files
    /// quote no cell.
    static func rows(_ file: String) throws -> [[String]] {
        let text = try String(contentsOf: ConsoleServer.sampleData().appendingPathComponent(file), encoding: .utf8)
        let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).dropFirst()
        return lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The ids of the demands of households in `community`.
    static func demandsOfCommunity(_ community: String) throws -> Set<String> {
        let households = Set(try rows("households.csv").filter { $0[1] == community }.map { $0[0] })
        return Set(try rows("demands.csv").filter { households.contains($0[1]) }.map { $0[0] })
    }
}
