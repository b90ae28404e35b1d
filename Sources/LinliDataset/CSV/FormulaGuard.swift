/// Keeps spreadsheets from running text cells as formulas (CSV injection).
///
/// Excel and LibreOffice treat a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return as a formula, so a household's name such as `=HYPERLINK(…)` would run when a clerk opens
/// the file. A leading line feed is guarded like the carriage return it often comes with, so that no
/// leading line break, of either kind, puts a formula before a reader's eyes unguarded. As OWASP advises, the writer puts a `'` before such a text cell; a spreadsheet shows the
/// cell without it. Numeric columns are never touched, so `-1.5` stays a number. The full-width forms
/// `＝`, `＋`, `－` and `＠` (U+FF1D, U+FF0B, U+FF0D, U+FF20), which a Chinese input method types and some
/// spreadsheets read as their ASCII operators, are guarded the same way.
///
/// An id-like text that starts with `-` is the exception (``neutralised(_:)``): it is written as it is.
///
/// Import undoes exactly what export adds: in a text column, one leading `'` is dropped when what
/// follows it starts with a trigger. A text that already starts with `'` and then a trigger gets one
/// more `'`, so every text survives export and import unchanged; a hand-written `'=x` reads as `=x`,
/// as Excel itself would save it.
enum FormulaGuard {
    /// `=`, `+`, `-`, `@`, tab, carriage return, line feed.
    private static let triggers: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x0A]

    /// The text cell as written: `'` put before it when a spreadsheet would read it as a formula. An id (Dataset.md:
    /// 1-64 of `A-Z a-z 0-9 _ - .`) may start with `-` (`-1`, `--`); with none of `( ) ! | " '` no spreadsheet can
    /// make it call a function or another program, so it is written as it is and a roster's ids stay the dataset's
    /// (import still drops the `'` that earlier versions put before one).
    static func neutralised(_ text: String) -> String {
        let bytes = text.utf8
        if bytes.first == 0x2D, bytes.count <= 64, bytes.allSatisfy(isIDByte) { return text }
        return needsQuote(bytes) ? "'" + text : text
    }

    /// The text cell as read: the `'` that ``neutralised(_:)`` adds taken away, nothing else.
    static func restored(_ cell: String) -> String {
        let bytes = cell.utf8
        guard bytes.first == 0x27, needsQuote(bytes.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    /// The full-width triggers in UTF-8: `＝`, `＋`, `－`, `＠`.
    private static let fullWidthTriggers: [[UInt8]] = [[0xEF, 0xBC, 0x9D], [0xEF, 0xBC, 0x8B], [0xEF, 0xBC, 0x8D], [0xEF, 0xBC, 0xA0]]

    /// Whether the text after any leading `'` starts with a trigger.
    private static func needsQuote(_ bytes: some Collection<UInt8>) -> Bool {
        let rest = bytes.drop(while: { $0 == 0x27 })
        guard let first = rest.first else { return false }
        return triggers.contains(first) || fullWidthTriggers.contains { rest.starts(with: $0) }
    }

    /// `A-Z a-z 0-9 _ - .`
    private static func isIDByte(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F || b == 0x2D || b == 0x2E
    }
}
