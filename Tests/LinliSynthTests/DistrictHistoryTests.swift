import LinliModel
import LinliSynth
import Testing

/// The absences and the month of service records `linli generate` adds to a district.
@Suite struct DistrictHistoryTests {
    static func district(_ tier: Tier, seed: UInt64, history: Bool) -> Dataset {
        var rng = SeededGenerator(seed: seed)
        return DistrictGenerator(options: .init(tier: tier, history: history)).generate(using: &rng)
    }

    @Test(arguments: [(Tier.small, UInt64(7)), (.medium, 2)])
    func historyLeavesTheOtherFilesAsTheyWere(tier: Tier, seed: UInt64) {
        var with = Self.district(tier, seed: seed, history: true)
        let without = Self.district(tier, seed: seed, history: false)
        #expect(!with.absences.isEmpty && !with.serviceRecords.isEmpty)
        #expect(without.absences.isEmpty && without.serviceRecords.isEmpty)
        with.absences = []
        with.serviceRecords = []
        #expect(with == without)
    }

    @Test func aboutOneWorkerInTwentyIsAwayMostlyInTheWeek() {
        let d = Self.district(.medium, seed: 2, history: true)
        let share = Double(Set(d.absences.map(\.workerID)).count) / Double(d.workers.count)
        #expect(share > 0.02 && share < 0.09, "\(share)")
        let week = GeneratorOptions(tier: .medium).week
        #expect(d.absences.count { week.contains($0.from) } * 2 > d.absences.count)
        #expect(d.absences.allSatisfy { $0.from <= $0.until })
    }

    @Test func recordsAreAPlausibleMonthBeforeTheWeek() {
        let d = Self.district(.medium, seed: 2, history: true)
        let monday = GeneratorOptions(tier: .medium).week.monday
        let demands = Dictionary(uniqueKeysWithValues: d.demands.map { ($0.id, $0) })
        let workers = Set(d.workers.map(\.id))
        let away = d.absences
        for r in d.serviceRecords {
            #expect(r.date < monday && r.date >= monday.adding(days: -28))
            #expect(workers.contains(r.workerID))
            let demand = demands[r.demandID]
            #expect(demand?.visitDates(in: ISOWeek(containing: r.date)).contains(r.date) == true)
            #expect(!away.contains { $0.workerID == r.workerID && $0.covers(r.date) })
            if r.status == .done {
                let (s, e) = (r.started?.minutes ?? 0, r.ended?.minutes ?? 0)
                #expect(s < e && r.price != nil)
            } else {
                #expect(r.started == nil && r.price == nil && r.stars == nil)
            }
        }
        let stars = d.serviceRecords.compactMap(\.stars)
        let mean = Double(stars.reduce(0, +)) / Double(stars.count)
        #expect(mean > 4.2 && mean < 4.8, "stars skewed high: \(mean)")
        let done = d.serviceRecords.count { $0.status == .done }
        #expect(Double(done) > 0.85 * Double(d.serviceRecords.count))
        #expect(d.serviceRecords.contains { $0.status == .workerNoShow })
        #expect(d.serviceRecords.contains { $0.complaint == .serious })
        #expect(d.serviceRecords.contains { $0.status == .householdCancelled })
    }

    @Test func aDemandKeepsItsWorkerWeekAfterWeek() {
        let d = Self.district(.small, seed: 7, history: true)
        let byDemand = Dictionary(grouping: d.serviceRecords, by: \.demandID)
        #expect(byDemand.values.allSatisfy { Set($0.map(\.workerID)).count == 1 })
    }
}
