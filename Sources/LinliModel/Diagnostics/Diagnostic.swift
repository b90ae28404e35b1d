/// A problem found in user input, with its location: `file:line: column: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// File name as the user knows it (e.g. `workers.csv`).
    public var file: String
    /// 1-based physical line where the record starts; 0 when the problem concerns the whole file.
    public var line: Int
    /// The column name, or empty.
    public var column: String
    public var message: String

    public init(_ severity: Severity, file: String, line: Int = 0, column: String = "", _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(file: String, line: Int = 0, column: String = "", _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message)
    }

    public static func warning(file: String, line: Int = 0, column: String = "", _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message)
    }

    /// `file:line: column: severity: message`.
    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        s += ": "
        if !column.isEmpty { s += "\(column): " }
        return s + "\(severity.rawValue): \(message)"
    }
}

/// Input that was refused, with every problem found.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
