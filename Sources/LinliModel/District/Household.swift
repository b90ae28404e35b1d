/// A resident household (居民户).
public struct Household: Hashable, Sendable {
    public var id: String
    public var communityID: String
    public var location: GeoPoint
    public var priorityGroup: PriorityGroup

    public init(id: String, communityID: String, location: GeoPoint, priorityGroup: PriorityGroup) {
        self.id = id
        self.communityID = communityID
        self.location = location
        self.priorityGroup = priorityGroup
    }
}
