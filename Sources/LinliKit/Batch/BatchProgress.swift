/// How far a batch has got, and the progress line it shows.
public struct BatchProgress: Hashable, Sendable {
    /// Items finished, in any status.
    public var finished: Int
    /// Items finished by actually rostering (or failing), as opposed to skipped: the ones that took time.
    public var worked: Int
    public var total: Int
    public var elapsedSeconds: Double
    /// The items being rostered now.
    public var running: [BatchItem]

    public init(finished: Int, worked: Int, total: Int, elapsedSeconds: Double, running: [BatchItem]) {
        self.finished = finished
        self.worked = worked
        self.total = total
        self.elapsedSeconds = elapsedSeconds
        self.running = running
    }

    /// Seconds left at the pace of the items worked so far; nil before the first one.
    public var etaSeconds: Double? {
        guard worked > 0 else { return finished == total ? 0 : nil }
        return elapsedSeconds / Double(worked) * Double(total - finished)
    }

    /// Cells of the bar.
    public static let barWidth = 20

    /// `[#####...............] 12/40 items, 00:31 elapsed, ETA 01:10`.
    public var line: String {
        let filled = total == 0 ? Self.barWidth : finished * Self.barWidth / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.barWidth - filled)
        return "[\(bar)] \(finished)/\(total) items, \(Self.clock(elapsedSeconds)) elapsed, ETA \(etaSeconds.map(Self.clock) ?? "--:--")"
    }

    /// `mm:ss`, or `h:mm:ss` from an hour on.
    public static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded()), h = s / 3600, m = s / 60 % 60, r = s % 60
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return h > 0 ? "\(h):\(two(m)):\(two(r))" : "\(two(m)):\(two(r))"
    }
}
