import LinliModel

/// Parsing of stored text back into model values. A value that does not parse means the file
/// was edited by hand or damaged, and is reported as ``StoreError/corruptValue(table:column:value:)``.
enum StoredValue {
    static func day(_ text: String, _ table: String, _ column: String) throws -> Day {
        guard let day = Day(iso: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return day
    }

    static func optionalDay(_ text: String?, _ table: String, _ column: String) throws -> Day? {
        try text.map { try day($0, table, column) }
    }

    static func week(_ text: String, _ table: String, _ column: String) throws -> ISOWeek {
        guard let week = ISOWeek(text: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return week
    }

    static func code<Code: RawRepresentable<String>>(_ text: String, _ table: String, _ column: String) throws -> Code {
        guard let code = Code(rawValue: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return code
    }

    /// Parses `1;3;5`; the empty text is the empty list.
    static func weekdays(_ text: String, _ table: String, _ column: String) throws -> [Int] {
        guard !text.isEmpty else { return [] }
        return try text.split(separator: ";", omittingEmptySubsequences: false).map { part in
            guard let day = Int(part) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
            return day
        }
    }

    static func weekdaysText(_ days: [Int]) -> String { days.map(String.init).joined(separator: ";") }

    /// `value` when it lies in `range` (the bounds the files are read with, ``Limits``): the arithmetic
    /// downstream counts on them, and a value outside was written around Linli.
    static func number(_ value: Int, in range: ClosedRange<Int>, _ table: String, _ column: String) throws -> Int {
        guard range.contains(value) else { throw StoreError.corruptValue(table: table, column: column, value: "\(value)") }
        return value
    }

    static func optionalNumber(_ value: Int?, in range: ClosedRange<Int>, _ table: String, _ column: String) throws -> Int? {
        try value.map { try number($0, in: range, table, column) }
    }

    /// A roster row's price in fen: a menu price (``Limits/fen``) for each of up to a day's minutes, so that any
    /// price a run can compute reads back, and sums of them stay far from overflow.
    static let visitPriceFen = 0...(Limits.fen.upperBound * 1_440)

    /// A count of a run's summary: at least 0, and small enough to add up.
    static func count(_ value: Int, _ table: String, _ column: String) throws -> Int {
        try number(value, in: 0...Int(Int32.max), table, column)
    }

    /// A time of day stored as minutes since midnight, 00:00 to 24:00.
    static func time(_ minutes: Int, _ table: String, _ column: String) throws -> TimeOfDay {
        TimeOfDay(minutes: try number(minutes, in: 0...TimeOfDay.endOfDay.minutes, table, column))
    }

    /// A place stored as latitude and longitude in degrees.
    static func place(lat: Double, lon: Double, _ table: String) throws -> GeoPoint {
        guard lat.isFinite, (-90...90).contains(lat) else { throw StoreError.corruptValue(table: table, column: "lat", value: "\(lat)") }
        guard lon.isFinite, (-180...180).contains(lon) else { throw StoreError.corruptValue(table: table, column: "lon", value: "\(lon)") }
        return GeoPoint(lat: lat, lon: lon)
    }
}
