/// An amount of money in integer fen (0.01 yuan).
public struct Fen: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    /// Parses yuan with at most two decimals, e.g. `45.50`, `45.5`, `45`. Negative amounts parse (validation rejects them).
    public init?(yuan text: some StringProtocol) {
        var u = Substring(text).utf8[...]
        var negative = false
        if u.first == 0x2D { negative = true; u = u.dropFirst() }
        guard !u.isEmpty else { return nil }
        var whole = 0, frac = 0, fracDigits = 0, seenDot = false, wholeDigits = 0
        for c in u {
            if c == 0x2E {
                guard !seenDot else { return nil }
                seenDot = true
            } else if c >= 0x30, c <= 0x39 {
                if seenDot {
                    fracDigits += 1
                    guard fracDigits <= 2 else { return nil }
                    frac = frac * 10 + Int(c - 0x30)
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 12 else { return nil }
                    whole = whole * 10 + Int(c - 0x30)
                }
            } else {
                return nil
            }
        }
        guard wholeDigits > 0 || fracDigits > 0, !(seenDot && fracDigits == 0) else { return nil }
        if fracDigits == 1 { frac *= 10 }
        value = (whole * 100 + frac) * (negative ? -1 : 1)
    }

    /// Yuan with two decimals, e.g. `45.50`.
    public var description: String {
        let a = abs(value)
        let cents = a % 100
        return "\(value < 0 ? "-" : "")\(a / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: Fen, b: Fen) -> Bool { a.value < b.value }
}
