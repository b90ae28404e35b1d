import LinliModel

/// A pin read from a pins.csv, with the file and line it came from, so a problem with it can be located.
public struct LocatedPin: Hashable, Sendable {
    public var pin: Pin
    /// The file name as the user knows it (`pins.csv`).
    public var file: String
    /// 1-based line of the record.
    public var line: Int

    public init(pin: Pin, file: String, line: Int) {
        self.pin = pin
        self.file = file
        self.line = line
    }
}
