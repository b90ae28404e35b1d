/// One line of free text typed on a command line (a credit change's reason and who decided), held to the rule a
/// service record's note keeps: at most ``Limits/textCharacters`` characters, no control character, no Unicode line
/// or paragraph separator, no bidirectional control. Such text is stored and shown in audit tables, where a line
/// break or a U+202E would split or reorder the row.
public enum OneLineText {
    /// Whether `text` may be stored as one line.
    public static func isValid(_ text: String) -> Bool { ValueParser.line(text) != nil }

    /// What such text must be, for a message.
    public static let format = FieldReader.lineFormat
}
