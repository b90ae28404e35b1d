import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

@Suite struct GeneratedValidityTests {
    @Test(arguments: [Tier.tiny, .small, .medium], [UInt64(1), 2, 3])
    func generatedDistrictsAreValid(tier: Tier, seed: UInt64) {
        #expect(invariantViolations(of: Generated.district(tier, seed: seed)) == [])
    }

    @Test func largeDistrictIsValid() {
        #expect(invariantViolations(of: Generated.district(.large, seed: 1)) == [])
    }

    @Test(arguments: [Tier.tiny, .small, .medium])
    func workersAreBasedWhereTheirEmployerOperatesAndLiveNearby(tier: Tier) {
        let d = Generated.district(tier, seed: 2)
        let points = Dictionary(uniqueKeysWithValues: d.servicePoints.map { ($0.id, $0) })
        for w in d.workers {
            let p = points[w.pointID]!
            #expect(p.enterpriseIDs.contains(w.enterpriseID), "\(w.id)")
            #expect(w.home.distance(to: p.location) < 5_000, "\(w.id)")
            #expect((1...3).contains(w.skills.count), "\(w.id)")
        }
    }

    @Test(arguments: [Tier.tiny, .small, .medium])
    func pointsSitInTheirCommunitiesWithSeveralEnterprises(tier: Tier) {
        let d = Generated.district(tier, seed: 2)
        let communities = Dictionary(uniqueKeysWithValues: d.communities.map { ($0.id, $0) })
        for p in d.servicePoints {
            #expect(p.location.distance(to: communities[p.communityID]!.location) < 1_000)
            #expect((1_500...3_000).contains(p.radiusMeters))
            #expect(p.enterpriseIDs.count >= 2)
        }
        for c in d.communities { #expect(c.households >= d.households.count { $0.communityID == c.id }) }
    }

    @Test func householdsClusterAroundTheirCommunity() {
        let d = Generated.district(.medium, seed: 2)
        let communities = Dictionary(uniqueKeysWithValues: d.communities.map { ($0.id, $0) })
        let gaps = d.households.map { $0.location.distance(to: communities[$0.communityID]!.location) }.sorted()
        #expect(gaps[gaps.count / 2] > 250 && gaps[gaps.count / 2] < 900)
        #expect(gaps[gaps.count * 9 / 10] < 2_000)
    }

    @Test func slotWindowsAreOnTheHalfHourAndOrderWindowsAreWider() {
        let d = Generated.district(.medium, seed: 2)
        for x in d.demands {
            #expect(x.windowStart.minutes % 30 == 0 && x.windowStart.minutes >= 420)
            switch x.mode {
            case .slot: #expect(x.windowEnd.minutes <= 1_200 && (60...240).contains(x.minutes))
            case .order: #expect((180...480).contains(x.windowEnd.minutes - x.windowStart.minutes - x.minutes))
            }
        }
    }
}

@Suite struct DatasetInvariantsTests {
    @Test func theStandardBuilderDistrictIsValid() {
        #expect(invariantViolations(of: DistrictBuilder().build()) == [])
    }

    static let breakages: [(String, DistrictBuilder)] = [
        ("bad id", DistrictBuilder().worker { $0.id = "W 1" }),
        ("unknown reference", DistrictBuilder().demand { $0.householdID = "H9" }),
        ("duplicate id", DistrictBuilder().addingWorker("W1")),
        ("short window", DistrictBuilder().demand { $0.minutes = 180 }),
        ("once with weekdays", DistrictBuilder().demand { $0.recurrence = .once }),
        ("reversed shift", DistrictBuilder().addingShift("LATE", weekdays: [1], from: "18:00", to: "09:00")),
        ("coordinates", DistrictBuilder().household { $0.location = GeoPoint(lat: 91, lon: 0) }),
        ("skill level", DistrictBuilder().menuItem { $0.skillLevel = 6 }),
    ]

    @Test(arguments: breakages)
    func eachBreakageIsCaught(breakage: (String, DistrictBuilder)) {
        #expect(!invariantViolations(of: breakage.1.build()).isEmpty, "\(breakage.0)")
    }
}
