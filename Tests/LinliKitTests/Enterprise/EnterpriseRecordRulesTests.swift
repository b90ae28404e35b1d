import Foundation
import LinliDataset
@testable import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// An enterprise's record: judged on the visit as it read it, stored only if that reading still holds, and
/// billed at most the listed price.
@Suite struct EnterpriseRecordRulesTests {
    /// The office rates the visit after the enterprise read it and before the enterprise saves: the save is
    /// refused and the office's stars stay, where storing the reading's (empty) stars would erase them.
    @Test func anOfficeRatingSavedMeanwhileIsNotOverwritten() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
        let row = try #require(roster.assignments.first)
        let enterprise = try #require(fixture.dataset.workers.first { $0.id == row.workerID }).enterpriseID
        let own = Set(try fixture.workspace.workerNames(enterprise: enterprise).map(\.id))
        let read = try #require(try fixture.workspace.enterpriseVisits(enterprise: enterprise, week: Fixtures.week).first { $0.visit == row.visit })
        #expect(read.record == nil)

        let community = try #require(try fixture.workspace.community(ofHousehold: read.householdID))
        var fields = [
            "demand_id": row.demandID, "date": row.date.description, "worker_id": row.workerID, "status": "done",
            "started": "09:00", "ended": "10:00", "price": "50", "stars": "2", "complaint": "minor",
        ]
        #expect(try fixture.workspace.recordService(fields, community: community).wrote)

        fields["stars"] = nil
        fields["complaint"] = nil
        fields["note"] = "confirmed"
        let refused = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.storeEnterpriseRecord(fields, visit: read, enterpriseWorkers: own, today: nil)
        }
        #expect(refused.errors.first?.message.contains("changed meanwhile") == true)
        let stored = try #require(fixture.workspace.dataset().serviceRecords.first { $0.visit == row.visit })
        #expect(stored.stars == 2 && stored.complaint == .minor && stored.note == nil)

        // Read again, the same save goes through and keeps the office's evaluation.
        #expect(try fixture.workspace.recordService(fields, enterprise: enterprise).wrote)
        let saved = try #require(fixture.workspace.dataset().serviceRecords.first { $0.visit == row.visit })
        #expect(saved.stars == 2 && saved.complaint == .minor && saved.note == "confirmed")
    }

    /// An enterprise bills a done visit at most the roster's price; the office may record more (a longer visit
    /// the household agreed to).
    @Test func anEnterpriseChargesAtMostTheListedPrice() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
        let row = try #require(roster.assignments.first)
        let enterprise = try #require(fixture.dataset.workers.first { $0.id == row.workerID }).enterpriseID
        var fields = [
            "demand_id": row.demandID, "date": row.date.description, "worker_id": row.workerID, "status": "done",
            "started": "09:00", "ended": "10:00", "price": Fen(row.price.value + 1).description,
        ]
        let refused = try #require(throws: DiagnosticsError.self) { try fixture.workspace.recordService(fields, enterprise: enterprise) }
        #expect(refused.errors.map(\.column) == ["price"])
        #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
        fields["price"] = row.price.description
        #expect(try fixture.workspace.recordService(fields, enterprise: enterprise).wrote)
        let community = try #require(try fixture.workspace.community(ofHousehold: fixture.dataset.demands.first { $0.id == row.demandID }?.householdID ?? ""))
        fields["price"] = Fen(row.price.value + 1).description
        #expect(try fixture.workspace.recordService(fields, community: community).wrote)
        // The office's higher price may stay when the enterprise corrects something else, but not rise further.
        fields["note"] = "confirmed"
        #expect(try fixture.workspace.recordService(fields, enterprise: enterprise).wrote)
        fields["price"] = Fen(row.price.value + 2).description
        #expect(throws: DiagnosticsError.self) { try fixture.workspace.recordService(fields, enterprise: enterprise) }
        // Nor does a status other than done carry a higher price.
        fields["status"] = "household_absent"
        fields["started"] = nil
        fields["ended"] = nil
        #expect(throws: DiagnosticsError.self) { try fixture.workspace.recordService(fields, enterprise: enterprise) }
        #expect(try fixture.workspace.dataset().serviceRecords.first { $0.visit == row.visit }?.price == Fen(row.price.value + 1))
    }
}
