import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct BatchPlanTests {
    static let weeks = WeekSpan(text: "2026-W48...2026-W52")!.weeks

    @Test func itemsAreNumberedDatabaseByDatabaseWhateverTheArgumentOrder() {
        let a = BatchPlan(databases: ["b.sqlite", "a.sqlite", "b.sqlite"], weeks: Self.weeks.reversed())
        let b = BatchPlan(databases: ["a.sqlite", "b.sqlite"], weeks: Self.weeks + Self.weeks)
        #expect(a == b)
        let entries = a.entries
        #expect(entries.count == 2 * Self.weeks.count)
        #expect(entries.map(\.index) == Array(entries.indices))
        #expect(entries.map(\.item) == entries.map(\.item).sorted())
        #expect(entries[Self.weeks.count].item == BatchItem(database: "b.sqlite", week: Self.weeks[0]))
    }

    @Test(arguments: [1, 2, 3, 4, 7, 11, 12])
    func shardsAreDisjointCoverThePlanAndDifferInSizeByOneAtMost(count: Int) {
        let plan = BatchPlan(databases: ["a", "b", "c"], weeks: Self.weeks)
        let shards = (1...count).map { plan.entries(in: BatchShard(index: $0, count: count)!) }
        let all = shards.flatMap { $0 }
        #expect(all.count == plan.entries.count)
        #expect(Set(all.map(\.index)) == Set(plan.entries.map(\.index)))
        for (i, shard) in shards.enumerated() {
            #expect(shard.allSatisfy { $0.index % count == i })
        }
        let sizes = shards.map(\.count)
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    @Test func noShardIsTheWholePlan() {
        let plan = BatchPlan(databases: ["a"], weeks: Self.weeks)
        #expect(plan.entries(in: nil) == plan.entries)
    }

    @Test(arguments: [("1/1", 1, 1), ("2/3", 2, 3), ("10/10", 10, 10)])
    func shardsParse(text: String, index: Int, count: Int) {
        #expect(BatchShard(text: text) == BatchShard(index: index, count: count))
        #expect(BatchShard(text: text)?.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "a/b", "3", "1/2/3", "", "-1/2"])
    func badShardsAreRefused(text: String) {
        #expect(BatchShard(text: text) == nil)
    }

    @Test func continuityChainsTheWeeksOfEachDatabaseInOrder() {
        let entries = BatchPlan(databases: ["a", "b"], weeks: Self.weeks).entries
        let chains = BatchPlan.chains(entries.reversed(), continuity: true)
        #expect(chains.map { $0.map(\.item.database) } == [Array(repeating: "b", count: 5), Array(repeating: "a", count: 5)])
        #expect(chains.allSatisfy { $0.map(\.item.week) == Self.weeks })
        let free = BatchPlan.chains(entries, continuity: false)
        #expect(free.map(\.count) == Array(repeating: 1, count: entries.count))
        #expect(free.flatMap { $0 } == entries)
    }
}

@Suite struct WeekSpanTests {
    @Test func aRangeHoldsEveryWeekFromFirstToLastAcrossAYearEnd() throws {
        let span = try #require(WeekSpan(text: "2026-W50...2027-W03"))
        let weeks = span.weeks
        #expect(weeks.first == ISOWeek(text: "2026-W50"))
        #expect(weeks.last == ISOWeek(text: "2027-W03"))
        #expect(weeks.count == span.last.weeksSince2000W01 - span.first.weeksSince2000W01 + 1)
        #expect(zip(weeks, weeks.dropFirst()).allSatisfy { $0.next == $1 })
        #expect(span.description == "2026-W50...2027-W03")
    }

    @Test func oneWeekIsASpanOfOne() {
        #expect(WeekSpan(text: "2026-W48")?.weeks == [Fixtures.week])
        #expect(WeekSpan(text: "2026-W48...2026-W48")?.weeks == [Fixtures.week])
    }

    @Test(arguments: ["2026-W52...2026-W48", "2026-W48..2026-W52", "2026-48", "2026-W48...", "2000-W01...2030-W01", "2026-W48...2026-W49...2026-W50"])
    func malformedOrBackwardSpansAreRefused(text: String) {
        #expect(WeekSpan(text: text) == nil)
    }
}

@Suite struct BatchShardByDatabaseTests {
    @Test(arguments: [1, 2, 3, 5])
    func everyDatabaseGoesWholeToOneShard(count: Int) {
        let plan = BatchPlan(databases: ["a", "b", "c", "d"], weeks: BatchPlanTests.weeks)
        let shards = (1...count).map { plan.entries(in: BatchShard(index: $0, count: count)!, by: .database) }
        #expect(shards.flatMap { $0 }.map(\.index).sorted() == plan.entries.map(\.index))
        for (i, shard) in shards.enumerated() {
            let databases = Set(shard.map(\.item.database))
            #expect(databases == Set(plan.databases.enumerated().filter { $0.offset % count == i }.map(\.element)))
            #expect(shard.count == databases.count * plan.weeks.count)
        }
    }
}
