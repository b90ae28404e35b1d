import LinliModel

/// Parsers for the value formats of Docs/Dataset.md; each returns nil for text not in its format.
enum ValueParser {
    /// 1-64 characters of `A-Z a-z 0-9 _ - .`.
    static func id(_ s: String) -> String? {
        let u = s.utf8
        guard (1...64).contains(u.count) else { return nil }
        for c in u {
            switch c {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D, 0x2E: continue
            default: return nil
            }
        }
        return s
    }

    /// A decimal integer, optionally signed, perhaps with a point and zeros after it (`2640.0`, as pandas writes
    /// an integer column that has empty cells).
    static func int(_ s: String) -> Int? {
        var digits = Substring(s)
        if let point = s.firstIndex(of: "."), point != s.startIndex, s[s.index(after: point)...].utf8.allSatisfy({ $0 == 0x30 }) {
            digits = s[..<point]
        }
        guard digits.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2B }) else { return nil }
        return Int(digits)
    }

    /// A finite decimal number such as `30.2741`, `-5`, `1e-05`; no hex, `inf` or `nan`.
    static func decimal(_ s: String) -> Double? {
        guard s.utf8.allSatisfy({ (0x30...0x39).contains($0) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains($0) }),
              let v = Double(s), v.isFinite
        else { return nil }
        return v
    }

    static func day(_ s: String) -> Day? { Day(iso: s) }

    static func time(_ s: String) -> TimeOfDay? { TimeOfDay(text: s) }

    /// Yuan with at most two decimals, within ``Limits/yuan``.
    static func money(_ s: String) -> Fen? {
        guard let fen = Fen(yuan: s), Limits.fen.contains(fen.value) else { return nil }
        return fen
    }

    /// A code of `E` by its raw value.
    static func code<E: RawRepresentable>(_ s: String, as _: E.Type) -> E? where E.RawValue == String { E(rawValue: s) }

    /// `a, b or c` for messages.
    static func choices<E: CaseIterable & RawRepresentable>(_: E.Type) -> String where E.RawValue == String {
        let names = E.allCases.map(\.rawValue)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// Free text of at most ``Limits/textCharacters`` characters (and ``Limits/textScalars`` scalars) holding no
    /// control character but a tab or a line break (which a quoted CSV field carries and an export writes back): NUL
    /// and the other controls would be cut or acted on by SQLite, a page or a terminal.
    static func text(_ s: String) -> String? {
        guard s.unicodeScalars.count <= Limits.textScalars, s.count <= Limits.textCharacters else { return nil }
        let allowed: Set<UInt32> = [0x09, 0x0A, 0x0D]
        return s.unicodeScalars.contains { ($0.value < 0x20 && !allowed.contains($0.value)) || (0x7F...0x9F).contains($0.value) } ? nil : s
    }

    /// One line of free text (a service record's note, typed into a form): as ``text(_:)``, and with nothing that
    /// breaks the line or changes how it reads (``breaksLine(_:)``).
    static func line(_ s: String) -> String? {
        text(s).flatMap { $0.unicodeScalars.contains(where: breaksLine) ? nil : $0 }
    }

    /// A name or an address: as ``text(_:)``, without a Unicode line or paragraph separator or a bidirectional
    /// control, which reorder or split how the text reads wherever it is shown; tabs and line breaks are kept.
    static func name(_ s: String) -> String? {
        text(s).flatMap { text in
            text.unicodeScalars.contains { c in
                c.properties.isBidiControl || [.lineSeparator, .paragraphSeparator].contains(c.properties.generalCategory)
            } ? nil : text
        }
    }

    /// Whether `c` has no place in one line of text: a control character (a tab, a line break), a Unicode line or
    /// paragraph separator (which tools that honour Unicode line breaks split a CSV row at), or a bidirectional
    /// control (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), which reorders what is shown after it.
    static func breaksLine(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: c.properties.isBidiControl
        }
    }

    /// The text quoted for a message, shortened when long and free of control characters.
    static func quoted(_ s: String) -> String { "\"" + excerpt(s) + "\"" }

    /// At most 40 characters of the text, then `…`; line breaks, tabs, other control and format characters and
    /// Unicode line and paragraph separators written as escapes, so a message stays on one line and shows nothing a terminal would act on.
    static func excerpt(_ s: String) -> String {
        var out = ""
        for (i, c) in s.unicodeScalars.enumerated() {
            if i == 40 {
                out += "…"
                break
            }
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where breaksLine(c) || c.properties.generalCategory == .format:
                out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
