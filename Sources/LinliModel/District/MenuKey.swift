/// The key of a menu item version: enterprise, item code and the date the version starts.
public struct MenuKey: Hashable, Sendable {
    public var enterpriseID: String
    public var itemCode: String
    /// nil = from the beginning.
    public var effectiveFrom: Day?

    public init(_ item: MenuItem) {
        enterpriseID = item.enterpriseID
        itemCode = item.itemCode
        effectiveFrom = item.effectiveFrom
    }
}
