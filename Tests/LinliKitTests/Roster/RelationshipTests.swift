import Foundation
import LinliEngine
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// Stable relationships end to end: a week reads the roster published for the week before, records which
/// run it read, keeps its workers, and `check` recounts the figures against that very run.
@Suite struct RelationshipKitTests {
    static let secondWeek = Fixtures.week.next

    static func roster(_ fixture: KitFixture, _ week: ISOWeek, continuity: Bool = true, replanFrom: Day? = nil) throws -> RosterReport {
        var options = KitFixture.quick
        options.continuity = continuity
        return try fixture.workspace.roster(RosterRequest(week: week, options: options, replanFrom: replanFrom))
    }

    @Test func theSecondWeekKeepsLastWeeksWorkersAndSaysSo() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let first = try Self.roster(fixture, Fixtures.week)
        #expect(first.roster.summary.lastWeekRunID == nil)
        #expect(first.roster.summary.relationshipRate == 1)
        let second = try Self.roster(fixture, Self.secondWeek)
        let s = second.roster.summary
        #expect(s.lastWeekRunID == first.runID)
        #expect(s.parts.relationshipVisits > 0 && s.parts.relationshipVisits <= s.relationshipPossible)
        #expect(abs(s.score - s.parts.scoreWithoutRelationships - Double(20 * s.parts.relationshipVisits)) < 1e-6)
        #expect(second.lines.contains { $0.hasPrefix("last week") && $0.contains("from run \(first.runID)") })

        // The same weeks without continuity: fewer visits keep their worker.
        let plain = try KitFixture.imported(.small, seed: 3)
        _ = try Self.roster(plain, Fixtures.week, continuity: false)
        let unscored = try Self.roster(plain, Self.secondWeek, continuity: false).roster.summary
        #expect(unscored.relationshipPossible > 0)
        #expect(s.relationshipRate > unscored.relationshipRate)

        let check = try fixture.workspace.check(week: Self.secondWeek)
        #expect(check.passed, "\(check.lines.joined(separator: "\n"))")
        #expect(check.relationshipsMatch)

        let out = fixture.folder.path("w49")
        try fixture.workspace.exportRoster(week: Self.secondWeek, to: out)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        let object = try #require(json)
        #expect(object["continuity"] as? Bool == true)
        #expect((object["last_week_run"] as? NSNumber)?.int64Value == first.runID)
        #expect(object["relationship_visits"] as? Int == s.parts.relationshipVisits)
        #expect(object["relationship_possible"] as? Int == s.relationshipPossible)
        #expect(abs((object["relationship_rate"] as? Double ?? -1) - s.relationshipRate) < 1e-12)
    }

    /// Everything else right, a stored relationship figure one off fails the check: the visits (which also
    /// move the score by 20) or the possible count (which moves nothing else).
    @Test func checkFailsWhenOnlyTheRelationshipFiguresAreMiscounted() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        _ = try Self.roster(fixture, Fixtures.week)
        _ = try Self.roster(fixture, Self.secondWeek)
        let check = try fixture.workspace.check(week: Self.secondWeek)
        #expect(check.passed)

        var visits = check.roster
        visits.summary.parts.relationshipVisits -= 1
        let wrongVisits = CheckSummary(week: check.week, roster: visits, report: check.report, workload: check.workload)
        #expect(check.report.isValid)
        #expect(!wrongVisits.relationshipsMatch && !wrongVisits.scoreMatches && !wrongVisits.passed)
        #expect(wrongVisits.lines.contains { $0.hasPrefix("relationships") && $0.hasSuffix("(MISMATCH)") })

        var possible = check.roster
        possible.summary.relationshipPossible += 1
        let wrongPossible = CheckSummary(week: check.week, roster: possible, report: check.report, workload: check.workload)
        #expect(wrongPossible.scoreMatches && !wrongPossible.relationshipsMatch && !wrongPossible.passed)
        #expect(wrongPossible.failure != nil)
    }

    /// Replanning the week before after this week was made publishes another version of it; this week's
    /// check still reads the version it was made from, and passes.
    @Test func replanningLastWeekDoesNotChangeTheCheck() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let first = try Self.roster(fixture, Fixtures.week)
        let second = try Self.roster(fixture, Self.secondWeek)

        let wednesday = Fixtures.day(3)
        let later = first.roster.assignments.filter { $0.date >= wednesday }
        let busiest = Dictionary(grouping: later, by: \.workerID).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }!.key
        _ = try fixture.workspace.addAbsence(Absence(workerID: busiest, from: wednesday, until: Fixtures.day(7), reason: .sick))
        let replan = try Self.roster(fixture, Fixtures.week, replanFrom: wednesday)
        #expect(replan.runID != first.runID)

        let check = try fixture.workspace.check(week: Self.secondWeek)
        #expect(check.roster.summary.lastWeekRunID == first.runID)
        #expect(check.passed, "\(check.lines.joined(separator: "\n"))")
        #expect(check.report.recomputed.relationshipVisits == second.roster.summary.parts.relationshipVisits)

        // Against the replanned version the figures would differ: the check did read the recorded run.
        let checker = RosterChecker(dataset: try fixture.workspace.dataset(), week: Self.secondWeek, includeIntermediary: false)
        let againstReplan = checker.check(
            assignments: second.roster.assignments, unmet: second.roster.unmet, lastWeek: replan.roster.assignments)
        #expect(againstReplan.recomputed.relationshipVisits != second.roster.summary.parts.relationshipVisits)
    }
}
