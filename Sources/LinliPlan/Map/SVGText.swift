/// Small helpers for writing SVG by hand.
enum SVGText {
    /// `text` with the five XML special characters escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    /// `x` rounded to one decimal, without exponent notation: `12.3`, `-0.5`, `7`.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = Int((x * 10).rounded())
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return (tenths < 0 ? "-" : "") + "\(whole)" + (fraction == 0 ? "" : ".\(fraction)")
    }

    /// A ratio as a whole percentage: `93%`.
    static func percent(_ ratio: Double) -> String { "\(Int((ratio * 100).rounded(.down)))%" }
}
