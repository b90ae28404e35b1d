/// A community (社区).
public struct Community: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Centroid.
    public var location: GeoPoint
    /// Official number of households; weighs the community in district-wide rates.
    public var households: Int
    /// The 街道 it belongs to.
    public var street: String?

    public init(id: String, name: String, location: GeoPoint, households: Int, street: String? = nil) {
        self.id = id
        self.name = name
        self.location = location
        self.households = households
        self.street = street
    }
}
