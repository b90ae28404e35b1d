import Foundation
import LinliEngine
import LinliModel

/// How a failed command reads on stderr: `linli: error: ...`, and for refused input every problem as
/// `file:line: column: error: message` followed by a count.
public enum FailureText {
    public static func lines(for error: any Error) -> [String] {
        switch error {
        case let e as DiagnosticsError:
            let errors = e.errors.count, warnings = e.diagnostics.count - errors
            return e.diagnostics.map(\.description) + [
                "linli: error: the input was refused: \(plural(errors, "error"))"
                    + (warnings > 0 ? " and \(plural(warnings, "warning"))" : "") + "; nothing was changed",
            ]
        case let e as PinError:
            return ["linli: error: \(e)"]
        case let e as CocoaError:
            return ["linli: error: \(e.localizedDescription)"]
        default:
            return ["linli: error: \(error)"]
        }
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
