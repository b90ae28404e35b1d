import LinliModel

/// Reads the typed values of one CSV record by column name, collecting a diagnostic for every bad one.
///
/// Required accessors return nil when the value is missing or malformed; optional accessors return
/// `.some(nil)` for an empty (or absent) value and nil when it is malformed.
struct FieldReader {
    let record: CSVRecord
    let columns: ColumnMap
    let known: KnownIDs
    private(set) var problems: [Diagnostic] = []

    init(record: CSVRecord, columns: ColumnMap, known: KnownIDs) {
        self.record = record
        self.columns = columns
        self.known = known
    }

    var line: Int { record.line }

    /// The field's text as written; empty when the column is absent or the row stops before it.
    func raw(_ column: String) -> String {
        guard let i = columns[column], i < record.fields.count else { return "" }
        return record.fields[i]
    }

    /// The field's text without the spaces and tabs around it (a spreadsheet's `good ` is `good`): what every
    /// value but free text is read from. Free text keeps its spaces, so that export and import give it back whole.
    func value(_ column: String) -> String { CSVTable.trimmed(raw(column)) }

    mutating func fail(_ column: String, _ message: String) {
        problems.append(.error(file: columns.schema.name, line: line, column: column, message))
    }

    /// Reports something odd that the row may still hold: it is kept.
    mutating func warn(_ column: String, _ message: String) {
        problems.append(.warning(file: columns.schema.name, line: line, column: column, message))
    }

    /// The errors reported so far (warnings not counted).
    var errorCount: Int { problems.count { $0.severity == .error } }

    /// A required value parsed by `parse`, from the field ``value(_:)`` or, for free text (not `trimmed`), ``raw(_:)``.
    mutating func required<T>(_ column: String, _ expected: @autoclosure () -> String, trimmed: Bool = true, _ parse: (String) -> T?) -> T? {
        let s = trimmed ? value(column) : raw(column)
        if s.isEmpty {
            fail(column, "missing value; expected \(expected())")
            return nil
        }
        guard let v = parse(s) else {
            fail(column, "expected \(expected()), found \(ValueParser.quoted(s))")
            return nil
        }
        return v
    }

    /// An optional value parsed by `parse`: `.some(nil)` when empty. `trimmed` as for ``required(_:_:trimmed:_:)``.
    mutating func optional<T>(_ column: String, _ expected: @autoclosure () -> String, trimmed: Bool = true, _ parse: (String) -> T?) -> T?? {
        let s = trimmed ? value(column) : raw(column)
        if s.isEmpty { return .some(nil) }
        guard let v = parse(s) else {
            fail(column, "expected \(expected()), found \(ValueParser.quoted(s))")
            return nil
        }
        return .some(v)
    }

    mutating func text(_ column: String) -> String? { required(column, FieldReader.textFormat, trimmed: false, ValueParser.text) }

    /// Optional free text; nil both when empty and when refused (the refusal is a problem of the row).
    mutating func optionalText(_ column: String) -> String? {
        optional(column, FieldReader.textFormat, trimmed: false, ValueParser.text) ?? nil
    }

    static let textFormat = "text of at most \(Limits.textCharacters) characters without control characters (tabs and line breaks are kept)"

    /// A name (of an enterprise, a menu item, a worker, a community or a service point) or an address: free text
    /// without a bidirectional control (U+202E) or a Unicode line or paragraph separator, which would reorder or
    /// split every page, route sheet and CSV that shows it, other scopes' included. Tabs and line breaks stay
    /// allowed as in free text: quoted, they round-trip through export and import.
    mutating func name(_ column: String) -> String? { required(column, FieldReader.nameFormat, trimmed: false, ValueParser.name) }

    /// An optional ``name(_:)`` (an address, a street); nil both when empty and when refused.
    mutating func optionalName(_ column: String) -> String? {
        optional(column, FieldReader.nameFormat, trimmed: false, ValueParser.name) ?? nil
    }

    static let nameFormat = "text of at most \(Limits.textCharacters) characters without control characters (tabs and line breaks are kept), no Unicode line or paragraph separator and no bidirectional control"

    /// Optional text on one line; nil both when empty and when refused (the refusal is a problem of the row).
    mutating func optionalLine(_ column: String) -> String? {
        optional(column, FieldReader.lineFormat, trimmed: false, ValueParser.line) ?? nil
    }

    static let lineFormat = "one line of at most \(Limits.textCharacters) characters without control characters (no tab or line break, no Unicode line or paragraph separator, no bidirectional control)"

    mutating func id(_ column: String) -> String? { required(column, FieldReader.idFormat, ValueParser.id) }

    mutating func optionalID(_ column: String) -> String?? { optional(column, FieldReader.idFormat, ValueParser.id) }

    /// An id that must name a row of `target`.
    mutating func reference(_ column: String, to target: DatasetFile) -> String? {
        guard let id = id(column) else { return nil }
        check(id, column: column, in: target)
        return id
    }

    mutating func check(_ id: String, column: String, in target: DatasetFile) {
        guard !known.contains(id, in: target) else { return }
        fail(column, Self.unknown(id, in: target))
    }

    /// The error for an id that names no row of `target`; a scoped import says the same of another scope's row.
    static func unknown(_ id: String, in target: DatasetFile) -> String {
        "unknown \(target.rowNoun) \(ValueParser.quoted(id)): not in \(target.rawValue) nor in the existing data"
    }

    static let idFormat = "an id of 1-64 characters A-Z a-z 0-9 _ - ."

    mutating func int(_ column: String, _ range: ClosedRange<Int>, _ expected: @autoclosure () -> String) -> Int? {
        required(column, expected()) { ValueParser.int($0).flatMap { range.contains($0) ? $0 : nil } }
    }

    mutating func optionalInt(_ column: String, _ range: ClosedRange<Int>, _ expected: @autoclosure () -> String) -> Int?? {
        optional(column, expected()) { ValueParser.int($0).flatMap { range.contains($0) ? $0 : nil } }
    }

    mutating func decimal(_ column: String, _ accepts: (Double) -> Bool, _ expected: @autoclosure () -> String) -> Double? {
        required(column, expected()) { ValueParser.decimal($0).flatMap { accepts($0) ? $0 : nil } }
    }

    mutating func optionalDecimal(_ column: String, _ accepts: (Double) -> Bool, _ expected: @autoclosure () -> String) -> Double?? {
        optional(column, expected()) { ValueParser.decimal($0).flatMap { accepts($0) ? $0 : nil } }
    }

    /// A WGS84 position from two columns.
    mutating func point(lat: String, lon: String) -> GeoPoint? {
        let la = decimal(lat, { (-90...90).contains($0) }, "a latitude between -90 and 90")
        let lo = decimal(lon, { (-180...180).contains($0) }, "a longitude between -180 and 180")
        guard let la, let lo else { return nil }
        return GeoPoint(lat: la, lon: lo)
    }

    mutating func rating(_ column: String) -> Double?? {
        optionalDecimal(column, { Limits.rating.contains($0) }, "a rating between 0.0 and 5.0")
    }

    mutating func day(_ column: String) -> Day? { required(column, FieldReader.dateFormat, ValueParser.day) }

    mutating func optionalDay(_ column: String) -> Day?? { optional(column, FieldReader.dateFormat, ValueParser.day) }

    static let dateFormat = "a date YYYY-MM-DD"

    /// A time; `24:00` only when `isEnd`.
    mutating func time(_ column: String, isEnd: Bool) -> TimeOfDay? {
        guard let t = required(column, "a time HH:MM between 00:00 and 24:00", ValueParser.time) else { return nil }
        if !isEnd, t == .endOfDay {
            fail(column, "24:00 may only end a window; a start must be 23:59 at the latest")
            return nil
        }
        return t
    }

    mutating func money(_ column: String) -> Fen? { required(column, FieldReader.moneyFormat, ValueParser.money) }

    mutating func optionalMoney(_ column: String) -> Fen?? { optional(column, FieldReader.moneyFormat, ValueParser.money) }

    static let moneyFormat = "an amount in yuan \(Limits.text(Limits.yuan)) with at most 2 decimals (e.g. 45.50)"

    mutating func code<E: CaseIterable & RawRepresentable>(_ column: String, _ type: E.Type) -> E? where E.RawValue == String {
        required(column, "one of \(ValueParser.choices(type))") { E(rawValue: $0) }
    }
}
