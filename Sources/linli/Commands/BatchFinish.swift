import Foundation
import Synchronization

/// Who ends a batch: its normal end or an interrupt, whichever comes first.
final class BatchFinish: Sendable {
    private let claimed = Mutex(false)

    /// True for the first caller only.
    func claim() -> Bool {
        claimed.withLock { taken in
            defer { taken = true }
            return !taken
        }
    }

    /// Handles SIGINT and SIGTERM with `handler` (on a background queue) instead of ending the process;
    /// the handling lasts as long as the returned sources are kept.
    static func onInterrupt(_ handler: @escaping @Sendable (Int32) -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }
}
