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

    /// The text cell as written: `'` put before it when a spreadsheet would read it as a formula. An id
    /// (``ValueParser/id(_:)``) may start with `-` (`-1`, `--`); with none of `( ) ! | " '` no spreadsheet can
    /// make it call a function or another program, so it is written as it is and a roster's ids stay the dataset's
    /// (import still drops the `'` that earlier versions put before one).
    static func neutralised(_ text: String) -> String {
        if text.utf8.first == 0x2D, ValueParser.id(text) != nil { return text }
        return needsQuote(text.utf8) ? "'" + text : text
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
}
