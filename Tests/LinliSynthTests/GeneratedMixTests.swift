import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The make-up issue 2 asks for: shares of groups, flaws that break each rule, demand and menu variety.
@Suite struct GeneratedMixTests {
    static let seeds: [UInt64] = [1, 2, 3]
    static let monday = Fixtures.monday

    func share<T>(_ items: [T], _ p: (T) -> Bool) -> Double { Double(items.count(where: p)) / Double(items.count) }

    @Test(arguments: seeds)
    func aboutFifteenPercentOfHouseholdsArePriorityMostlyElderlyAlone(seed: UInt64) {
        let h = Generated.district(.medium, seed: seed).households
        let priority = h.filter { $0.priorityGroup != .none }
        #expect((0.12...0.18).contains(share(h) { $0.priorityGroup != .none }))
        #expect(share(priority) { $0.priorityGroup == .elderlyAlone } > 0.5)
        #expect(Set(priority.map(\.priorityGroup)).count == 4)
    }

    @Test(arguments: seeds)
    func aFewWorkersBreakEachRule(seed: UInt64) {
        let w = Generated.district(.medium, seed: seed).workers
        let fractions = [
            share(w) { $0.certificateUntil.map { $0 < Self.monday } ?? true },
            share(w) { Self.monday.days(since: $0.healthCheckedOn) > 364 },
            share(w) { Self.monday.days(since: $0.trainedOn) > 729 },
            share(w) { $0.credit == .dishonest },
        ]
        for f in fractions { #expect(f > 0.005 && f < 0.08) }
        #expect((0.78...0.92).contains(share(w) { $0.employment == .employee }))
        let care = w.filter { $0.skills.contains { $0.category.isCare } }
        #expect(share(care) { $0.healthScope == .enhanced } > 0.7)
        #expect(w.contains { $0.maxWeekMinutes < Worker.defaultMaxWeekMinutes })
    }

    @Test(arguments: Tier.allCases.filter { $0 <= .medium })
    func exactlyOneDishonestEnterpriseFromMediumOn(tier: Tier) {
        let dishonest = Generated.district(tier, seed: 1).enterprises.count { $0.credit == .dishonest }
        #expect(dishonest == (tier >= .medium ? 1 : 0))
    }

    @Test func shiftsRotateOverTwoWeeksWithBothOffsets() {
        let d = Generated.district(.medium, seed: 1)
        let used = Set(d.workers.map(\.shiftPatternID))
        #expect(d.shiftPatterns.filter { used.contains($0.id) && $0.cycleLength == 2 }.count >= 3)
        #expect(Set(d.workers.map(\.rotationOffset)) == [0, 1])
    }

    @Test(arguments: seeds)
    func cleaningIsMostCommonAndCareIsRarer(seed: UInt64) {
        let demands = Generated.district(.medium, seed: seed).demands
        let counts = Dictionary(grouping: demands, by: \.category).mapValues(\.count)
        let cleaning = counts[.cleaning] ?? 0
        #expect(counts.values.allSatisfy { $0 <= cleaning })
        for c in Category.allCases where c.isCare { #expect((counts[c] ?? 0) * 2 < cleaning) }
        #expect(counts.count == Category.allCases.count)
    }

    @Test(arguments: seeds)
    func demandsMixRecurrenceModesAndOptions(seed: UInt64) {
        let d = Generated.district(.medium, seed: seed)
        let x = d.demands
        #expect((0.7...0.9).contains(share(x) { $0.recurrence == .weekly }))
        #expect((0.35...0.65).contains(share(x) { $0.mode == .slot }))
        #expect(x.contains { $0.activeFrom != nil || $0.activeUntil != nil })
        let once = x.compactMap(\.date)
        #expect(once.contains { !Fixtures.week.contains($0) })
        #expect(share(once) { Fixtures.week.contains($0) } > 0.75)
        #expect((0.15...0.35).contains(share(x) { $0.maxPrice != nil }))
        #expect((0.05...0.15).contains(share(x) { $0.preferredWorkerID != nil }))
    }

    @Test func preferredWorkersAreNearbyAndSkilled() {
        let d = Generated.district(.medium, seed: 2)
        let workers = Dictionary(uniqueKeysWithValues: d.workers.map { ($0.id, $0) })
        let points = Dictionary(uniqueKeysWithValues: d.servicePoints.map { ($0.id, $0) })
        let households = Dictionary(uniqueKeysWithValues: d.households.map { ($0.id, $0) })
        for x in d.demands {
            guard let id = x.preferredWorkerID, let w = workers[id] else { continue }
            #expect(points[w.pointID]!.reaches(households[x.householdID]!.location))
            #expect(w.level(in: x.category) > 0)
        }
    }

    @Test func enterprisesAtAPointAskDifferentPricesAndRevise() {
        let d = Generated.district(.medium, seed: 1)
        let cleaning = d.menu.filter { $0.category == .cleaning && $0.unit == .hour && $0.effectiveFrom == nil }
        for p in d.servicePoints {
            let prices = Set(cleaning.filter { p.enterpriseIDs.contains($0.enterpriseID) }.map(\.price))
            #expect(prices.count >= 2)
        }
        let revised = d.menu.compactMap(\.effectiveFrom)
        #expect(revised.contains { $0 < Self.monday } && revised.contains { $0 > Self.monday })
        #expect(revised.allSatisfy { abs($0.days(since: Self.monday)) <= 35 })
        #expect(Set(d.menu.map(\.mode)).count == 3 && Set(d.menu.map(\.unit)).count == 2)
    }
}
