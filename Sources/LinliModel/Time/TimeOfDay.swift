/// A wall-clock time `HH:MM` from 00:00 to 24:00, as minutes since midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// Parses `HH:MM` (24-hour, `24:00` allowed).
    public init?(text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 5, u[2] == 0x3A,
              let h = Day.digits(u, 0, 2), let m = Day.digits(u, 3, 2),
              h <= 24, m <= 59, h < 24 || m == 0
        else { return nil }
        minutes = h * 60 + m
    }

    public static let midnight = TimeOfDay(minutes: 0)
    public static let endOfDay = TimeOfDay(minutes: 1440)

    public var description: String { "\(Day.pad(minutes / 60, 2)):\(Day.pad(minutes % 60, 2))" }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}
