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
            return ["linli: error: \(fileProblem(e))"]
        default:
            return ["linli: error: \(error)"]
        }
    }

    /// A file system error in words, naming the path when Foundation gave one: `cannot write PATH: the disk is full`.
    static func fileProblem(_ error: CocoaError) -> String {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        let writing = (512...1023).contains(error.code.rawValue)
        let reason: String
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: reason = "there is no such file or folder"
        case .fileWriteFileExists: reason = "a file or folder of that name exists already"
        case .fileReadNoPermission, .fileWriteNoPermission: reason = "permission denied"
        case .fileWriteOutOfSpace: reason = "the disk is full"
        case .fileWriteVolumeReadOnly: reason = "the disk is read-only"
        case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding:
            reason = "it is not a file of the expected kind"
        default:
            let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
            reason = posix.map { String(cString: strerror(Int32($0))).lowercased() } ?? "the file system refused (error \(error.code.rawValue))"
        }
        guard let path else { return "\(writing ? "a file could not be written" : "a file could not be read"): \(reason)" }
        return "cannot \(writing ? "write" : "read") \(path): \(reason)"
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
