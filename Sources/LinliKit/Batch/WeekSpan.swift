import Foundation
import LinliModel

/// The weeks of one `--weeks` value: `2026-W50`, or the inclusive range `2026-W48...2026-W52`.
public struct WeekSpan: Hashable, Sendable, CustomStringConvertible {
    public let first: ISOWeek
    public let last: ISOWeek

    /// The longest range accepted, against typing a year for a week.
    public static let maximumWeeks = 520

    /// Parses one week or `first...last`; nil when malformed, backwards or longer than ``maximumWeeks``.
    public init?(text: String) {
        let ends = text.components(separatedBy: "...")
        guard ends.count <= 2, let first = ISOWeek(text: ends[0]), let last = ISOWeek(text: ends[ends.count - 1]),
              first <= last, last.weeksSince2000W01 - first.weeksSince2000W01 < Self.maximumWeeks
        else { return nil }
        self.first = first
        self.last = last
    }

    /// The weeks, ascending.
    public var weeks: [ISOWeek] {
        Array(sequence(first: first) { $0 < last ? $0.next : nil })
    }

    public var description: String { first == last ? "\(first)" : "\(first)...\(last)" }
}
