import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// Service records through the use cases: cancellations ahead of time, history, credit review and set.
@Suite struct ServiceRecordsKitTests {
    static let header = "demand_id,date,worker_id,status,started,ended,price,stars,complaint,note"

    /// Writes `rows` as service_records.csv and imports that file alone.
    @discardableResult
    static func importRecords(_ rows: [String], into fixture: KitFixture) throws -> ImportSummary {
        let path = fixture.folder.path("service_records.csv")
        try ([header] + rows).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try fixture.workspace.importDataset(from: [path])
    }

    static func roster(_ fixture: KitFixture) throws -> Roster {
        try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
    }

    @Test func aVisitCancelledAheadIsNeitherAssignedNorUnmetInALaterRunAndCheckAgrees() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let before = try Self.roster(fixture)
        let row = try #require(before.assignments.first)
        let summary = try Self.importRecords(
            ["\(row.demandID),\(row.date),\(row.workerID),household_cancelled,,,,,,家里有事"], into: fixture)
        #expect(summary.warnings.isEmpty, "the visit is on the published roster")
        #expect(try fixture.workspace.check(week: Fixtures.week).passed, "a roster made before the cancellation stays valid")

        let after = try Self.roster(fixture)
        #expect(!after.assignments.contains { $0.visit == row.visit })
        #expect(!after.unmet.contains { $0.visit == row.visit })
        #expect(after.summary.assignedVisits + after.summary.unmetVisits
            == before.summary.assignedVisits + before.summary.unmetVisits - 1)
        #expect(try fixture.workspace.check(week: Fixtures.week).passed)
    }

    @Test func aCancelledUnmetVisitLeavesTheUnmetList() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let before = try Self.roster(fixture)
        let unmet = try #require(before.unmet.first)
        let worker = try #require(fixture.dataset.workers.first).id
        let summary = try Self.importRecords(["\(unmet.demandID),\(unmet.date),\(worker),household_cancelled,,,,,,"], into: fixture)
        #expect(summary.warnings.count == 1, "an unmet visit has no roster row")
        let after = try Self.roster(fixture)
        #expect(!after.unmet.contains { $0.visit == unmet.visit })
        #expect(try fixture.workspace.check(week: Fixtures.week).passed)
    }

    @Test func historyJoinsPlannedRowsWithRecordsNewestFirst() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let roster = try Self.roster(fixture)
        let row = try #require(roster.assignments.first)
        let household = try #require(fixture.dataset.demands.first { $0.id == row.demandID }?.householdID)
        try Self.importRecords(
            ["\(row.demandID),\(row.date),\(row.workerID),done,\(row.start),\(row.end),\(row.price),4,minor,晚到"], into: fixture)

        let history = try fixture.workspace.history(of: .household(household))
        let planned = roster.assignments.filter { a in fixture.dataset.demands.contains { $0.id == a.demandID && $0.householdID == household } }
        #expect(history.entries.count == planned.count)
        let entry = try #require(history.entries.first { $0.visit == row.visit })
        #expect(entry.planned == row && entry.record?.stars == 4 && entry.record?.complaint == .minor)
        #expect(history.entries.map(\.visit.date) == history.entries.map(\.visit.date).sorted(by: >))
        #expect(history.csvRows.allSatisfy { $0.count == ServiceHistory.csvHeader.count })
        #expect(fixture.workspace.historyCSV(history).hasPrefix("\u{FEFF}date,demand_id"))

        let byWorker = try fixture.workspace.history(of: .worker(row.workerID))
        #expect(byWorker.entries.count == roster.assignments.count { $0.workerID == row.workerID })
        #expect(byWorker.workerRating?.evaluations == 1)
        #expect(byWorker.lines.contains { $0.contains("rating") })
        #expect(throws: KitError.unknownHousehold("NOPE")) { try fixture.workspace.history(of: .household("NOPE")) }
    }

    @Test func aRecordOfAVisitNoRosterPlannedIsInTheHistory() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let demand = try #require(fixture.dataset.demands.first)
        let worker = try #require(fixture.dataset.workers.first)
        let summary = try Self.importRecords(["\(demand.id),2026-10-01,\(worker.id),done,09:00,10:00,50,5,none,电话下单"], into: fixture)
        #expect(summary.warnings.contains { $0.message.contains("1 records are of weeks with no published roster (2026-W40)") })
        let history = try fixture.workspace.history(of: .household(demand.householdID))
        #expect(history.entries.contains { $0.planned == nil && $0.record?.note == "电话下单" })
    }

    @Test func creditSetChangesTheStatusWritesTheAuditAndDrivesRuleTwo() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let row = try #require(try Self.roster(fixture).assignments.first)
        let change = try fixture.workspace.setCredit(
            of: .worker, id: row.workerID, to: .dishonest, reason: "两次爽约", by: "李主任")
        let credit = fixture.dataset.workers.first { $0.id == row.workerID }?.credit
        #expect(change.before == credit && change.after == .dishonest && change.changedBy == "李主任")
        let log = try fixture.workspace.creditLogLines()
        #expect(log.count == 2 && log[1].contains("两次爽约") && log[1].contains(row.workerID) && log[1].contains("dishonest"))

        let after = try Self.roster(fixture)
        #expect(!after.assignments.contains { $0.workerID == row.workerID })
        #expect(try fixture.workspace.check(week: Fixtures.week).passed)
        #expect(throws: KitError.unknownEnterprise("NOPE")) {
            try fixture.workspace.setCredit(of: .enterprise, id: "NOPE", to: .warned, reason: "x", by: "y")
        }
    }

    @Test func creditReviewListsAndChangesNothing() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let demands = fixture.dataset.demands.prefix(2).map(\.id)
        let worker = try #require(fixture.dataset.workers.first)
        try Self.importRecords([
            "\(demands[0]),2026-11-03,\(worker.id),worker_no_show,,,,,,",
            "\(demands[1]),2026-11-04,\(worker.id),worker_no_show,,,,1,serious,没来",
        ], into: fixture)
        let before = try fixture.workspace.creditLogLines()
        let review = try fixture.workspace.creditReview(window: ReviewWindow(month: "2026-11"))
        #expect(review.workers.map(\.subjectID) == [worker.id])
        #expect(review.workers.first?.evidence.count == 2)
        #expect(review.lines.contains { $0.contains(demands[1]) && $0.contains("serious") })
        #expect(try review.json().contains("\"no_shows\" : 2"))
        #expect(try fixture.workspace.creditLogLines() == before)
        #expect(try fixture.workspace.creditReview(window: ReviewWindow(month: "2026-10")).workers.isEmpty)
    }

    @Test func reviewWindowsOfMonths() {
        #expect(ReviewWindow(month: "2026-02") == ReviewWindow(from: Day(year: 2026, month: 2, day: 1)!, until: Day(year: 2026, month: 2, day: 28)!))
        #expect(ReviewWindow(month: "2026-12")?.until == Day(year: 2026, month: 12, day: 31))
        #expect(ReviewWindow(month: "2026-13") == nil && ReviewWindow(month: "2026-1") == nil)
    }
}
