import Foundation
import LinliKit
import Synchronization

/// Writing to the terminal.
enum Console {
    /// Some output could not be written to stdout (a full disk).
    private static let lost = Atomic<Bool>(false)

    static func print(_ lines: [String]) {
        write(lines.map { $0 + "\n" }.joined())
    }

    /// `text` on stdout as it is, with no newline added.
    static func write(_ text: String) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            lost.store(true, ordering: .relaxed)
        }
    }

    /// Whether some output could not be written to stdout.
    static var outputLost: Bool { lost.load(ordering: .relaxed) }

    static func error(_ lines: [String]) {
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Progress lines on stderr when it is a terminal; nothing otherwise.
    static var progress: (String) -> Void {
        guard isatty(STDERR_FILENO) != 0 else { return { _ in } }
        return { error(["… \($0)"]) }
    }

    /// Progress lines for `request`: always on stderr when a test hook pauses the run, so the test can
    /// see where it is; otherwise as ``progress``.
    static func progress(for request: RosterRequest) -> (String) -> Void {
        request.pauseBeforePublishing > 0 ? { error(["… \($0)"]) } : progress
    }
}
