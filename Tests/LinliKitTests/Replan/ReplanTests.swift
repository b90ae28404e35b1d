import Foundation
import LinliEngine
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// Replan runs end to end: roster a week, change what happens, replan from Wednesday, check and export.
@Suite struct ReplanTests {
    static let wednesday = Fixtures.day(3)

    static func replan(_ fixture: KitFixture, from day: Day = wednesday) throws -> RosterReport {
        try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick, replanFrom: day))
    }

    @Test func aReplanKeepsEveryFrozenRowByteForByteAndPassesCheck() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let first = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let replan = try Self.replan(fixture)
        let frozenBefore = first.roster.assignments.filter { $0.date < Self.wednesday }
        let frozenAfter = replan.roster.assignments.filter { $0.date < Self.wednesday }
        #expect(!frozenBefore.isEmpty)
        #expect(frozenAfter.sorted(by: Self.order) == frozenBefore.sorted(by: Self.order))
        #expect(replan.roster.unmet.filter { $0.date < Self.wednesday } == first.roster.unmet.filter { $0.date < Self.wednesday })
        let check = try fixture.workspace.check(week: Fixtures.week)
        #expect(check.passed, "\(check.lines.joined(separator: "\n"))")
        #expect(abs(check.recomputedScore - replan.roster.summary.score) <= CheckSummary.scoreTolerance)

        let out = fixture.folder.path("v1")
        try fixture.workspace.exportRoster(week: Fixtures.week, version: 1, to: out)
        let v1 = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8)
        let rows = v1.split(separator: "\n").dropFirst()
        #expect(rows.count == first.roster.assignments.count)
        #expect(!FileManager.default.fileExists(atPath: out + "/changes.csv"))
    }

    @Test func aReplanAfterNoChangeKeepsEveryVisit() throws {
        let fixture = try KitFixture.imported(.small, seed: 5)
        let first = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let replan = try Self.replan(fixture)
        let figures = try #require(replan.roster.summary.replan)
        let later = first.roster.assignments.filter { $0.date >= Self.wednesday }
        #expect(figures.changedVisits == 0)
        #expect(figures.keptVisits == later.count)
        #expect(replan.roster.summary.parts.stableVisits == later.count)
        #expect(replan.roster.summary.score >= first.roster.summary.score + Double(20 * later.count) - 0.01)
        #expect(figures.from == Self.wednesday)
        #expect(figures.replacedRunID == first.runID)
    }

    /// Until absences exist, a worker becomes unavailable from Wednesday by its certificate running out on
    /// Tuesday (rule 3).
    @Test func aReplanAfterAWorkerBecomesUnavailableChangesOnlyWhatItMust() throws {
        let fixture = try KitFixture.imported(.medium, seed: 2)
        let first = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let later = first.roster.assignments.filter { $0.date >= Self.wednesday }
        let busiest = Dictionary(grouping: later, by: \.workerID).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }!
        var changed = fixture.dataset
        let w = changed.workers.firstIndex { $0.id == busiest.key }!
        changed.workers[w].certificateUntil = Fixtures.day(2)
        _ = try fixture.workspace.importDataset(from: [fixture.write(changed, as: "changed")])

        let replan = try Self.replan(fixture)
        let figures = try #require(replan.roster.summary.replan)
        #expect(!replan.roster.assignments.contains { $0.workerID == busiest.key && $0.date >= Self.wednesday })
        let forced = Set(busiest.value.map(\.visit))
        let out = fixture.folder.path("v2")
        try fixture.workspace.exportRoster(week: Fixtures.week, to: out)
        let changes = try Self.changes(out)
        let knockOn = changes.filter { $0.kind != "kept" && $0.kind != "added" && !forced.contains($0.visit) }
        #expect(figures.changedVisits >= forced.count)
        // The search may move other visits where that scores more than the 20 a kept visit earns (below); on
        // this week (20 forced) it moves about a hundred of the 1,800 later visits to win 61 new ones.
        #expect(knockOn.count * 10 <= later.count, "\(knockOn.count) knock-on changes for \(forced.count) forced ones of \(later.count)")
        // Every other change pays for itself: the replan beats the old roster with only the forced visits taken off.
        let repair = first.roster.assignments.filter { !forced.contains($0.visit) }
        let basis = ReplanBasis(from: Self.wednesday, replaced: first.roster, replacedRunID: first.runID)
        let repairScore = RosterChecker(dataset: try fixture.workspace.dataset(), week: Fixtures.week, includeIntermediary: false)
            .check(assignments: repair, unmet: [], replan: basis).recomputed.score
        #expect(replan.roster.summary.score >= repairScore - CheckSummary.scoreTolerance)
        #expect(figures.keptVisits >= later.count - forced.count - knockOn.count)
        let check = try fixture.workspace.check(week: Fixtures.week)
        #expect(check.passed, "\(check.lines.joined(separator: "\n"))")
    }

    @Test func aVisitBeforeTheReplanDateThatTheRosterDidNotListIsPast() throws {
        let fixture = try KitFixture.imported(.small, seed: 4)
        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        var changed = fixture.dataset
        var urgent = changed.demands[0]
        urgent.id = "URGENT1"
        urgent.recurrence = .once
        urgent.date = Fixtures.day(1)
        changed.demands.append(urgent)
        _ = try fixture.workspace.importDataset(from: [fixture.write(changed, as: "changed")])

        let replan = try Self.replan(fixture)
        #expect(replan.roster.unmet.contains(UnmetVisit(demandID: "URGENT1", date: Fixtures.day(1), reason: .past)))
        #expect(replan.roster.summary.unmetByReason[.past] == 1)
        let check = try fixture.workspace.check(week: Fixtures.week)
        #expect(check.passed, "\(check.lines.joined(separator: "\n"))")
        let out = fixture.folder.path("out")
        try fixture.workspace.exportRoster(week: Fixtures.week, to: out)
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(summary.contains("\"past\" : 1"))
        #expect(summary.contains("\"replan_from\" : \"\(Self.wednesday)\""))
    }

    @Test func everyVersionStaysExportableAndRunsListsThem() throws {
        let fixture = try KitFixture.imported(.small, seed: 6)
        let first = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let second = try Self.replan(fixture)
        #expect(try fixture.workspace.exportRoster(week: Fixtures.week, version: 1, to: fixture.folder.path("a")).assignments
            == first.roster.assignments)
        #expect(try fixture.workspace.exportRoster(week: Fixtures.week, version: 2, to: fixture.folder.path("b")).assignments
            == second.roster.assignments)
        #expect(throws: KitError.noVersion(week: Fixtures.week, version: 3)) {
            try fixture.workspace.exportRoster(week: Fixtures.week, version: 3, to: fixture.folder.path("c"))
        }
        let lines = try fixture.workspace.runLines(week: Fixtures.week).joined(separator: "\n")
        #expect(lines.contains("from \(Self.wednesday) (run \(first.runID))"))
    }

    @Test func aReplanDateOutsideTheWeekOrWithoutARosterIsRefused() throws {
        let fixture = try KitFixture.imported()
        #expect(throws: KitError.noRoster(week: Fixtures.week)) { try Self.replan(fixture) }
        let outside = Fixtures.day(8)
        #expect(throws: KitError.dayOutsideWeek(day: outside, week: Fixtures.week)) { try Self.replan(fixture, from: outside) }
    }

    static func order(_ a: Assignment, _ b: Assignment) -> Bool {
        (a.workerID, a.date, a.start, a.demandID) < (b.workerID, b.date, b.start, b.demandID)
    }

    /// changes.csv rows as (visit, change kind).
    static func changes(_ folder: String) throws -> [(visit: VisitKey, kind: String)] {
        let text = try String(contentsOfFile: folder + "/changes.csv", encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .init(charactersIn: "\r\u{FEFF}")) }
        #expect(lines.first == "demand_id,date,before_worker_id,before_start,after_worker_id,after_start,change")
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (VisitKey(demandID: cells[0], date: Day(iso: cells[1])!), cells[6])
        }
    }
}
