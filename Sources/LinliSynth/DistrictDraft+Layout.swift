import LinliModel

extension DistrictDraft {
    /// Communities spread over the tier's square (best-candidate sampling), the first
    /// `points` of them hosting a service point; the rest lie on the fringe of a host.
    ///
    /// - Complexity: O(communities² × candidates).
    mutating func layOutCommunities(using rng: inout some RandomNumberGenerator) {
        let half = profile.sideMeters / 2
        var spots: [(x: Double, y: Double)] = []
        for i in 0..<profile.points {
            var best = (x: 0.0, y: 0.0), bestGap = -1.0
            for _ in 0..<(i == 0 ? 1 : 12) {
                let c = i == 0
                    ? (x: rng.gaussian() * half / 4, y: rng.gaussian() * half / 4)
                    : (x: rng.uniform(-half, half), y: rng.uniform(-half, half))
                let gap = spots.map { hypot2($0, c) }.min() ?? 0
                if gap > bestGap { best = c; bestGap = gap }
            }
            spots.append(best)
        }
        for _ in profile.points..<profile.communities {
            let host = rng.pick(Array(spots.prefix(profile.points)))
            let d = rng.direction(), r = rng.uniform(400, 1_200)
            spots.append((host.x + r * d.x, host.y + r * d.y))
        }
        for (i, s) in spots.enumerated() {
            let name = Names.community(i)
            communities.append(Community(
                id: Self.id("C", i + 1, width: 3), name: name, location: grid.point(east: s.x, north: s.y),
                households: 0, street: Names.street(i / 4)
            ))
            communityWeights.append(rng.uniform(0.6, 1.4) * (i < profile.points ? 1 : 0.3))
            communitySpreads.append(rng.uniform(300, 600))
        }
        for p in 0..<profile.points {
            let host = communities[p]
            points.append(ServicePoint(
                id: Self.id("SP", p + 1, width: 3), name: Names.point(community: host.name), communityID: host.id,
                location: grid.moving(host.location, east: rng.gaussian() * 150, north: rng.gaussian() * 150),
                radiusMeters: Double(rng.step(1_500...3_000, by: 100)), enterpriseIDs: []
            ))
        }
    }
}

private func hypot2(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
    let dx = a.x - b.x, dy = a.y - b.y
    return (dx * dx + dy * dy).squareRoot()
}
