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
        guard let span = try? WeekSpan(parsing: text) else { return nil }
        self = span
    }

    /// Parses one week or `first...last`, saying why when it is malformed, backwards or longer than
    /// ``maximumWeeks``.
    public init(parsing text: String) throws(ISOWeek.ParseError) {
        let ends = text.components(separatedBy: "...")
        guard ends.count <= 2 else { throw ISOWeek.ParseError(description: "expected a week or a range first...last, with one \"...\"") }
        let first = try ISOWeek(parsing: ends[0])
        let last = try ISOWeek(parsing: ends[ends.count - 1])
        guard first <= last else { throw ISOWeek.ParseError(description: "the range runs backwards: \(last) is before \(first)") }
        guard last.weeksSince2000W01 - first.weeksSince2000W01 < Self.maximumWeeks else {
            throw ISOWeek.ParseError(description: "the range spans more than \(Self.maximumWeeks) weeks")
        }
        self.first = first
        self.last = last
    }

    /// The weeks, ascending.
    public var weeks: [ISOWeek] {
        Array(sequence(first: first) { $0 < last ? $0.next : nil })
    }

    public var description: String { first == last ? "\(first)" : "\(first)...\(last)" }
}
