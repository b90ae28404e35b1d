extension String {
    /// The columns the string takes in a terminal: East Asian Wide and Fullwidth characters (汉字,
    /// fullwidth punctuation such as `（`) take two, combining marks none, everything else one.
    /// - Complexity: O(n) in the number of Unicode scalars.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }

    /// The string right-aligned in `width` terminal columns.
    func leftPadded(to width: Int) -> String {
        let w = displayWidth
        return w >= width ? self : String(repeating: " ", count: width - w) + self
    }

    /// The string left-aligned in `width` terminal columns.
    func rightPadded(to width: Int) -> String {
        let w = displayWidth
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }

    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
