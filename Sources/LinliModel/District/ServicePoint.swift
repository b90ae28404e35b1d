/// A community service point (社区家政服务网点).
public struct ServicePoint: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The hosting community.
    public var communityID: String
    public var location: GeoPoint
    /// Households within this radius are "nearby" (rule 9).
    public var radiusMeters: Double
    /// Enterprises operating from this point.
    public var enterpriseIDs: [String]

    public init(id: String, name: String, communityID: String, location: GeoPoint, radiusMeters: Double, enterpriseIDs: [String]) {
        self.id = id
        self.name = name
        self.communityID = communityID
        self.location = location
        self.radiusMeters = radiusMeters
        self.enterpriseIDs = enterpriseIDs
    }

    /// Whether `place` lies within the service radius (rule 9).
    public func reaches(_ place: GeoPoint) -> Bool { location.distance(to: place) <= radiusMeters }
}
