import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

@Suite struct DistrictGeneratorTests {
    @Test(arguments: [Tier.tiny, .small, .medium])
    func sameSeedGivesTheSameDistrict(tier: Tier) {
        #expect(Fixtures.generated(tier, seed: 1) == Generated.district(tier, seed: 1))
    }

    @Test(arguments: [Tier.tiny, .small, .medium])
    func differentSeedsGiveDifferentDistricts(tier: Tier) {
        let a = Generated.district(tier, seed: 1), b = Generated.district(tier, seed: 2)
        #expect(a != b)
        #expect(a.households.map(\.location) != b.households.map(\.location))
        #expect(a.demands.map(\.category) != b.demands.map(\.category))
    }

    /// Issue 2's sizes: points, workers, demands; households ≈ 0.7 × demands; communities ≈ points.
    static let sizes: [(Tier, points: Int, workers: Int, demands: Int)] = [
        (.tiny, 1, 12, 80), (.small, 3, 40, 300), (.medium, 8, 300, 3_000), (.large, 30, 3_000, 30_000),
    ]

    @Test(arguments: sizes)
    func sizesFollowTheTier(expected: (Tier, points: Int, workers: Int, demands: Int)) {
        let d = Generated.district(expected.0, seed: 1)
        func near(_ n: Int, _ target: Int) -> Bool { abs(Double(n - target)) <= 0.15 * Double(target) }
        #expect(near(d.servicePoints.count, expected.points))
        #expect(near(d.workers.count, expected.workers))
        #expect(near(d.demands.count, expected.demands))
        #expect(near(d.households.count, expected.demands * 7 / 10))
        #expect(d.communities.count >= expected.points && d.communities.count <= max(2, expected.points * 5 / 4 + 1))
        #expect(d.enterprises.count >= 2)
    }

    @Test func theAreaGrowsWithTheTier() {
        let spans = [Tier.tiny, .small, .medium, .large].map { tier in
            let d = Generated.district(tier, seed: 1)
            let grid = LocalGrid.hangzhou
            let xs = d.communities.map { grid.offset(of: $0.location).east }
            return xs.max()! - xs.min()!
        }
        #expect(spans == spans.sorted())
        #expect(spans[3] > 8_000 && spans[3] < 20_000)
    }

    @Test func theDistrictLiesInHangzhou() {
        let d = Generated.district(.medium, seed: 3)
        for h in d.households { #expect(h.location.distance(to: GeoPoint(lat: 30.27, lon: 120.16)) < 15_000) }
    }

    @Test func datesFollowTheChosenWeek() {
        let week = ISOWeek(year: 2027, week: 10)!
        var rng = SeededGenerator(seed: 9)
        let d = DistrictGenerator(options: .init(tier: .small, week: week)).generate(using: &rng)
        let once = d.demands.compactMap(\.date)
        #expect(Double(once.count { week.contains($0) }) > 0.7 * Double(once.count))
        #expect(d.workers.allSatisfy { $0.healthCheckedOn < week.monday && $0.healthCheckedOn.days(since: week.monday) > -600 })
    }

    @Test func everyHouseholdHasADoorAddressInItsCommunity() throws {
        let d = Generated.district(.small, seed: 7)
        let names = Dictionary(uniqueKeysWithValues: d.communities.map { ($0.id, $0.name) })
        let pattern = try Regex(#"^(\S+) ([1-9][0-9]?)幢 ([1-4])单元 ([1-9][0-9]?0[1-4])$"#)
        for h in d.households {
            let address = try #require(h.address)
            let match = try #require(address.wholeMatch(of: pattern), "\(address)")
            #expect(String(match.output[1].substring ?? "") == names[h.communityID])
        }
        #expect(Set(d.households.compactMap(\.address)).count > d.households.count / 2)
    }
}

