import LinliModel

/// A row known by a single id column.
protocol IdentifiedRow: Sendable {
    var id: String { get }
}

extension Community: IdentifiedRow {}
extension ServicePoint: IdentifiedRow {}
extension Enterprise: IdentifiedRow {}
extension Worker: IdentifiedRow {}
extension Household: IdentifiedRow {}
extension Demand: IdentifiedRow {}

extension LoadedFile {
    /// Decodes rows keyed by `idColumn`.
    mutating func rows<T: IdentifiedRow>(known: KnownIDs, idColumn: String, decode: (inout FieldReader) -> T?) -> [Lined<T>] {
        rows(known: known, key: \.id, keyColumn: idColumn, describe: { "\(idColumn) \(ValueParser.quoted($0))" }, decode: decode)
    }
}
