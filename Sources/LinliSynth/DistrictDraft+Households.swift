import LinliModel

extension DistrictDraft {
    /// Households scattered around their community's centroid (1.5% far out, often beyond every
    /// point's reach); about 15% in a priority group (mostly elderly living alone). Each community's official count is several times the
    /// households listed, since only those with demands appear.
    ///
    /// - Complexity: O(households × log communities).
    mutating func settleHouseholds(using rng: inout some RandomNumberGenerator) {
        let table = WeightedTable(communityWeights)
        var listed = Array(repeating: 0, count: communities.count)
        for h in 0..<profile.households {
            let c = table.draw(using: &rng)
            let sd = communitySpreads[c]
            let group: PriorityGroup = rng.chance(0.15)
                ? [.elderlyAlone, .disabled, .lowIncome, .special][rng.weighted([0.6, 0.15, 0.15, 0.1])]
                : .none
            var (east, north) = (rng.gaussian() * sd, rng.gaussian() * sd)
            if rng.chance(0.015) {
                let d = rng.direction(), r = rng.uniform(3_200, 5_000)
                (east, north) = (d.x * r, d.y * r)
            }
            households.append(Household(
                id: Self.id("H", h + 1, width: 6), communityID: communities[c].id,
                location: grid.moving(communities[c].location, east: east, north: north), priorityGroup: group
            ))
            listed[c] += 1
        }
        for c in communities.indices {
            communities[c].households = max(listed[c], Int((Double(listed[c]) * rng.uniform(4, 9) / 10).rounded()) * 10 + 50)
        }
    }

    /// Gives every household a door address in its community, e.g. `翠苑社区 12幢 3单元 402`.
    ///
    /// The last stage of generation, so that the draws of every other stage stay what they were
    /// before households had addresses.
    /// - Complexity: O(households).
    mutating func addressHouseholds(using rng: inout some RandomNumberGenerator) {
        let names = Dictionary(uniqueKeysWithValues: communities.map { ($0.id, $0.name) })
        for h in households.indices {
            let building = rng.int(1...36), unit = rng.int(1...4), floor = rng.int(1...18), room = rng.int(1...4)
            households[h].address = Names.address(
                community: names[households[h].communityID] ?? "", building: building, unit: unit, floor: floor, room: room
            )
        }
    }
}
