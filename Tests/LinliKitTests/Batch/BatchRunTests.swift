import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct BatchRunTests {
    static let weeks = WeekSpan(text: "2026-W48...2026-W50")!.weeks

    @Test func everyWeekIsPublishedOnceAndResumeSkipsThemWithTheStoredFigures() throws {
        let fixture = try KitFixture.imported()
        let entries = BatchPlan(databases: [fixture.workspace.databasePath], weeks: Self.weeks).entries
        let first = BatchRun(entries: entries, options: KitFixture.quick, jobs: 2, resume: true).run()
        #expect(first.map(\.status) == [.rostered, .rostered, .rostered])
        for result in first {
            let check = try fixture.workspace.check(week: result.item.week)
            #expect(check.passed)
            let roster = check.roster
            #expect(result.figures?.visits == DatasetCounts.visits(of: fixture.dataset, in: result.item.week))
            #expect(result.figures?.score == roster.summary.score)
        }

        let again = BatchRun(entries: entries, options: KitFixture.quick, jobs: 2, resume: true)
        let skipped = again.run()
        #expect(skipped.map(\.status) == [.skipped, .skipped, .skipped])
        #expect(skipped.map(\.figures) == first.map(\.figures))
        #expect(again.progress.finished == 3 && again.progress.worked == 0)

        var other = KitFixture.quick
        other.seed = 2
        let reseeded = BatchRun(entries: entries, options: other, jobs: 1, resume: true).run()
        #expect(reseeded.map(\.status) == [.rostered, .rostered, .rostered])
    }

    @Test func aBatchRostersWhatRosteringWeekByWeekWould() throws {
        let batched = try KitFixture.imported(seed: 5), byHand = try KitFixture.imported(seed: 5)
        let entries = BatchPlan(databases: [batched.workspace.databasePath], weeks: Self.weeks).entries
        _ = BatchRun(entries: entries, options: KitFixture.quick, jobs: 2, resume: false).run()
        for week in Self.weeks {
            let expected = try byHand.workspace.roster(RosterRequest(week: week, options: KitFixture.quick)).roster
            let got = try batched.workspace.check(week: week).roster
            #expect(got.assignments == expected.assignments)
            #expect(got.unmet == expected.unmet)
        }
    }

    @Test func aFailedItemBlocksTheLaterWeeksOfItsDatabaseOnly() throws {
        let fixture = try KitFixture.imported()
        let missing = fixture.folder.path("missing.sqlite")
        let entries = BatchPlan(databases: [missing, fixture.workspace.databasePath], weeks: Self.weeks).entries
        let run = BatchRun(entries: entries, options: KitFixture.quick, jobs: 2, resume: false)
        let results = run.run()
        let byDatabase = Dictionary(grouping: results, by: \.item.database).mapValues { $0.map(\.status) }
        #expect(byDatabase[missing] == [.failed, .blocked, .blocked])
        #expect(byDatabase[fixture.workspace.databasePath] == [.rostered, .rostered, .rostered])
        #expect(results.first { $0.status == .failed }?.error?.contains("no database at") == true)
        let report = BatchReport(options: KitFixture.quick, shard: nil, planItems: entries.count, results: results)
        #expect(!report.succeeded)
    }
}
