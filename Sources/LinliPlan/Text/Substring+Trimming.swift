/// Spaces trimmed from both ends, for hand-typed CSV fields.
extension Substring {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
