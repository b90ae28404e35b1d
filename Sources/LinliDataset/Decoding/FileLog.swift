import LinliModel

/// The diagnostics of one file: warnings, and at most `cap` errors plus a line counting the rest.
struct FileLog: Sendable {
    var file: String
    var cap = 100
    private(set) var kept: [Diagnostic] = []
    private(set) var errorCount = 0

    init(file: String) { self.file = file }

    var hasErrors: Bool { errorCount > 0 }

    mutating func error(line: Int = 0, column: String = "", _ message: String) {
        add(.error(file: file, line: line, column: column, message))
    }

    mutating func warning(line: Int = 0, column: String = "", _ message: String) {
        add(.warning(file: file, line: line, column: column, message))
    }

    mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error {
            errorCount += 1
            if errorCount > cap { return }
        }
        kept.append(diagnostic)
    }

    mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for d in diagnostics { add(d) }
    }

    /// The kept diagnostics ordered by line (stable), then the count of errors left out.
    var diagnostics: [Diagnostic] {
        var out = kept.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        if errorCount > cap {
            out.append(.error(file: file, "... and \(errorCount - cap) more errors in this file"))
        }
        return out
    }
}
