/// A resident household (居民户).
public struct Household: Hashable, Sendable {
    public var id: String
    public var communityID: String
    public var location: GeoPoint
    public var priorityGroup: PriorityGroup
    /// Where a worker rings the bell, e.g. `翠苑一区 12幢 3单元 402`; nil when the dataset gives none.
    public var address: String?

    public init(id: String, communityID: String, location: GeoPoint, priorityGroup: PriorityGroup, address: String? = nil) {
        self.id = id
        self.communityID = communityID
        self.location = location
        self.priorityGroup = priorityGroup
        self.address = address
    }
}
