/// What an import did to the rows of one file.
public struct ChangeCount: Hashable, Sendable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }
}
