import LinliModel

/// Refused input as the console shows it: one table row per problem, `file:line`, column and message, as
/// the CLI prints `file:line: column: message` (render with the `diagnostics` partial).
enum DiagnosticTable {
    /// The partial's data: `rows`, the error and warning counts, and whether there is anything to show.
    static func data(_ diagnostics: [Diagnostic]) -> [String: Any] {
        let errors = diagnostics.count { $0.severity == .error }
        return [
            "hasRows": !diagnostics.isEmpty,
            "errors": errors,
            "warnings": diagnostics.count - errors,
            "rows": diagnostics.map { d -> [String: Any] in
                [
                    "location": d.line > 0 ? "\(d.file):\(d.line)" : d.file,
                    "column": d.column,
                    "isError": d.severity == .error,
                    "severity": d.severity == .error ? "错误 (error)" : "提醒 (warning)",
                    "message": d.message,
                    "text": d.description,
                ]
            },
        ]
    }
}
