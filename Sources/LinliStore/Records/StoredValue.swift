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
}
