import LinliModel

extension FieldReader {
    mutating func community() -> Community? {
        let id = self.id("community_id")
        let name = self.name("name")
        let location = point(lat: "lat", lon: "lon")
        let households = int("households", Limits.households, "a number of households \(Limits.text(Limits.households))")
        guard let id, let name, let location, let households else { return nil }
        return Community(id: id, name: name, location: location, households: households, street: optionalName("street"))
    }

    mutating func servicePoint() -> ServicePoint? {
        let id = self.id("point_id")
        let name = self.name("name")
        let community = reference("community_id", to: .communities)
        let location = point(lat: "lat", lon: "lon")
        let radius = decimal("radius_m", Limits.isRadius, "a radius in metres from 0 to \(Int(Limits.maxRadiusMeters))")
        let enterprises = references("enterprise_ids", to: .enterprises)
        guard let id, let name, let community, let location, let radius, let enterprises else { return nil }
        return ServicePoint(
            id: id, name: name, communityID: community, location: location, radiusMeters: radius, enterpriseIDs: enterprises
        )
    }

    mutating func household() -> Household? {
        let id = self.id("household_id")
        let community = reference("community_id", to: .communities)
        let location = point(lat: "lat", lon: "lon")
        let group = code("priority_group", PriorityGroup.self)
        guard let id, let community, let location, let group else { return nil }
        return Household(
            id: id, communityID: community, location: location, priorityGroup: group, address: optionalName("address")
        )
    }
}
