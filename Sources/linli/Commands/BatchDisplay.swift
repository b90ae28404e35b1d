import Foundation
import LinliKit

/// The progress of a batch on stderr: a bar redrawn in place on a terminal, plain lines otherwise (one per
/// finished item, and one every ``plainInterval`` seconds while items run).
final class BatchDisplay: @unchecked Sendable {
    private let batch: BatchRun
    private let terminal = isatty(STDERR_FILENO) != 0
    private let queue = DispatchQueue(label: "linli.batch.display")
    // Touched on `queue` only.
    private var timer: (any DispatchSourceTimer)?

    static let plainInterval = 15.0
    static let barInterval = 0.5

    init(_ batch: BatchRun) { self.batch = batch }

    func start() {
        queue.sync {
            let timer = DispatchSource.makeTimerSource(queue: queue)
            let interval = terminal ? Self.barInterval : Self.plainInterval
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { [self] in
                let p = batch.progress
                terminal ? draw(p) : write("linli batch: \(p.line)" + (p.running.isEmpty ? "" : "; running \(p.running.map(\.description).joined(separator: ", "))") + "\n")
            }
            timer.resume()
            self.timer = timer
            if terminal { draw(batch.progress) } else { write("linli batch: \(batch.entries.count) items, \(batch.parallelism) at a time\n") }
        }
    }

    /// Shows that `result` ended.
    func finished(_ result: BatchItemResult) {
        queue.async { [self] in
            guard timer != nil else { return }
            let p = batch.progress
            if terminal { return draw(p) }
            let took = result.status == .rostered ? " in \(String(format: "%.1f", result.seconds)) s" : ""
            write("linli batch: \(p.line); \(result.item) \(result.status.rawValue)\(took)\n")
        }
    }

    /// Stops drawing and clears the bar.
    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
            if terminal { write("\r\u{1B}[K") }
        }
    }

    private func draw(_ progress: BatchProgress) { write("\r\(progress.line)\u{1B}[K") }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
