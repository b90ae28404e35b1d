import LinliModel

/// A target an indicator is held to: above, at least, or at most a value.
public struct IndicatorTarget: Hashable, Sendable, CustomStringConvertible {
    public enum Comparison: String, Hashable, Sendable {
        case above = ">"
        case atLeast = "≥"
        case atMost = "≤"
    }

    public var comparison: Comparison
    /// A ratio 0-1 for shares, a count otherwise.
    public var value: Double
    /// Whether `value` is a ratio (printed as a percentage).
    public var isShare: Bool

    public init(_ comparison: Comparison, _ value: Double, isShare: Bool) {
        self.comparison = comparison
        self.value = value
        self.isShare = isShare
    }

    /// Whether `x` meets the target (ratios compared with a 1e-12 tolerance).
    public func isMet(by x: Double) -> Bool {
        switch comparison {
        case .above: x > value + 1e-12
        case .atLeast: x >= value - 1e-12
        case .atMost: x <= value + 1e-12
        }
    }

    public var description: String {
        comparison.rawValue + " " + (isShare ? IndicatorSheet.percent(value) : IndicatorSheet.count(value))
    }

    /// Parses `>90%`, `>=0.65`, `≥ 100%`, `<=0`, `3`. A bare comparison-less value takes `atLeast`
    /// (`atMost` when lower is better). For a share, `90%`, `0.9` and `90` all mean 0.9, and a share
    /// above 100% is refused; a count must be within ``Limits/countTarget``.
    public init?(text: String, for indicator: Indicator) {
        var rest = Substring(text).trimmingSpaces[...]
        var comparison: Comparison = indicator.lowerIsBetter ? .atMost : .atLeast
        for (prefix, c) in [(">=", Comparison.atLeast), ("≥", .atLeast), ("<=", .atMost), ("≤", .atMost), (">", .above)] where rest.hasPrefix(prefix) {
            comparison = c
            rest = rest.dropFirst(prefix.count)
            break
        }
        var number = rest.trimmingSpaces[...]
        let percent = number.hasSuffix("%")
        if percent { number = number.dropLast() }
        guard let v = Double(number.trimmingSpaces), v.isFinite, v >= 0 else { return nil }
        let value = indicator.isShare && (percent || v > 1) ? v / 100 : v
        guard indicator.isShare ? value <= 1 : Limits.countTarget.contains(value) else { return nil }
        self.init(comparison, value, isShare: indicator.isShare)
    }
}
