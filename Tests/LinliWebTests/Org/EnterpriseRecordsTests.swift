import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliKit
import LinliModel
import Testing

@testable import LinliWeb

/// An enterprise confirms its own workers' visits (`/enterprise/records`): status, times, price and note, never
/// the household's evaluation, and never a visit or a worker of another enterprise.
@Suite("Enterprise records")
struct EnterpriseRecordsTests {
    /// The fixture's first visit of `account`'s enterprise dated today or earlier, and one of another enterprise.
    static func visits(_ fixture: ConsoleFixture, _ account: String) throws -> (own: CommunityVisit, foreign: CommunityVisit) {
        let enterprise = try #require(try fixture.account(account).enterpriseID)
        let today = fixture.console.configuration.today
        let own = try #require(try fixture.workspace.enterpriseVisits(enterprise: enterprise, week: fixture.week).first { $0.planned.date <= today })
        let other = try #require(fixture.dataset.enterprises.map(\.id).first { $0 != enterprise })
        let foreign = try #require(try fixture.workspace.enterpriseVisits(enterprise: other, week: fixture.week).first)
        return (own, foreign)
    }

    @Test func anEnterpriseConfirmsItsWorkersVisitAndCannotRateIt() async throws {
        let fixture = try ConsoleFixture()
        let (own, _) = try Self.visits(fixture, "enterprise-a")
        let p = own.planned
        let fields: [(String, String)] = [
            ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
            ("started", "09:00"), ("ended", "10:30"), ("price", p.price.description), ("stars", "1"), ("complaint", "serious"), ("note", "准时"),
        ]
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let list = try await browser.get("/enterprise/records?week=\(fixture.week)", client)
            #expect(list.status == .ok && list.text.contains("/enterprise/records/entry?demand=\(p.demandID)&amp;date=\(p.date)"))
            let entry = try await browser.get("/enterprise/records/entry?demand=\(p.demandID)&date=\(p.date)", client)
            #expect(entry.status == .ok && entry.text.contains("value=\"\(p.start)\"") && !entry.text.contains("name=\"stars\""))
            let saved = try await browser.post("/enterprise/records", client, fields: fields)
            #expect(saved.status == .seeOther, "\(saved.text.prefix(400))")
            let record = try #require(try fixture.workspace.dataset().serviceRecords.first { $0.visit == p.visit })
            #expect(record.status == .done && record.ended?.description == "10:30" && record.note == "准时")
            #expect(record.stars == nil && record.complaint == nil, "the household's evaluation is not the enterprise's to give")

            // The office rates the visit; the enterprise's later correction keeps the rating.
            let community = try #require(try fixture.workspace.community(ofHousehold: own.householdID))
            let rated = try await fixture.browser("admin").post("/office/records?community=\(community)", client, fields: [
                ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
                ("started", "09:00"), ("ended", "10:30"), ("price", "50"), ("stars", "4"), ("complaint", "none"),
            ])
            #expect(rated.status == .seeOther)
            let corrected = try await browser.post(
                "/enterprise/records", client, fields: fields.filter { $0.0 != "ended" } + [("ended", "10:45")])
            #expect(corrected.status == .seeOther)
            let after = try #require(try fixture.workspace.dataset().serviceRecords.first { $0.visit == p.visit })
            #expect(after.ended?.description == "10:45" && after.stars == 4 && after.complaint == .noComplaint)
            #expect(try fixture.workspace.auditLog().contains { $0.action == "record.add" && $0.details.contains("by enterprise") })
        }
    }

    @Test func aVisitOrAWorkerOfAnotherEnterpriseIsNotFoundAndNothingIsStored() async throws {
        let fixture = try ConsoleFixture()
        let (own, foreign) = try Self.visits(fixture, "enterprise-a")
        let enterprise = try #require(try fixture.account("enterprise-a").enterpriseID)
        let stranger = try #require(fixture.dataset.workers.first { $0.enterpriseID != enterprise })
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let f = foreign.planned, p = own.planned
            let entry = try await browser.get("/enterprise/records/entry?demand=\(f.demandID)&date=\(f.date)", client)
            #expect(entry.status == .notFound)
            for fields in [
                [("demand_id", f.demandID), ("date", f.date.description), ("worker_id", f.workerID)],
                [("demand_id", p.demandID), ("date", p.date.description), ("worker_id", stranger.id)],
                [("demand_id", p.demandID), ("date", "2026-13-40"), ("worker_id", p.workerID)],
            ] {
                let refused = try await browser.post("/enterprise/records", client, fields: fields + [
                    ("status", "done"), ("started", "09:00"), ("ended", "10:00"), ("price", "50"),
                ])
                #expect(refused.status == .notFound, "\(fields)")
            }
            let office = try await fixture.browser("office-a").get("/enterprise/records", client)
            #expect(office.status == .forbidden, "an office has no enterprise pages")
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    /// Once the office has given its verdict (a no-show, an evaluation), the enterprise may correct the times,
    /// price and note but not the worker or the status: it cannot erase a no-show or move a complaint.
    @Test func anEnterpriseCannotMoveTheOfficesVerdict() async throws {
        let fixture = try ConsoleFixture()
        let (own, _) = try Self.visits(fixture, "enterprise-a")
        let p = own.planned
        let enterprise = try #require(try fixture.account("enterprise-a").enterpriseID)
        let colleague = try #require(fixture.dataset.workers.first { $0.enterpriseID == enterprise && $0.id != p.workerID })
        let community = try #require(try fixture.workspace.community(ofHousehold: own.householdID))
        try await fixture.test { client in
            let admin = try fixture.browser("admin"), browser = try fixture.browser("enterprise-a")
            let key = [("demand_id", p.demandID), ("date", p.date.description)]
            let noShow = try await admin.post(
                "/office/records?community=\(community)", client, fields: key + [("worker_id", p.workerID), ("status", "worker_no_show")])
            #expect(noShow.status == .seeOther)
            let erased = try await browser.post("/enterprise/records", client, fields: key + [
                ("worker_id", p.workerID), ("status", "done"), ("started", "09:00"), ("ended", "10:00"), ("price", p.price.description),
            ])
            #expect(erased.status == .unprocessableContent && erased.text.contains("only the office can change"))
            #expect(try fixture.workspace.dataset().serviceRecords.first { $0.visit == p.visit }?.status == .workerNoShow)

            let rated = try await admin.post("/office/records?community=\(community)", client, fields: key + [
                ("worker_id", p.workerID), ("status", "done"), ("started", "09:00"), ("ended", "10:00"), ("price", "50"),
                ("stars", "1"), ("complaint", "serious"),
            ])
            #expect(rated.status == .seeOther)
            let moved = try await browser.post("/enterprise/records", client, fields: key + [
                ("worker_id", colleague.id), ("status", "done"), ("started", "09:00"), ("ended", "10:00"), ("price", p.price.description),
            ])
            #expect(moved.status == .unprocessableContent)
            let corrected = try await browser.post("/enterprise/records", client, fields: key + [
                ("worker_id", p.workerID), ("status", "done"), ("started", "09:00"), ("ended", "10:15"), ("price", p.price.description),
            ])
            #expect(corrected.status == .seeOther)
        }
        let record = try #require(try fixture.workspace.dataset().serviceRecords.first { $0.visit == p.visit })
        #expect(record.workerID == p.workerID && record.complaint == .serious && record.stars == 1 && record.ended?.description == "10:15")
    }

    /// A substitute of another enterprise that the office recorded stays, and the refusal does not name them.
    @Test func anOfficesSubstituteFromAnotherEnterpriseIsKeptAndNotNamed() async throws {
        let fixture = try ConsoleFixture()
        let (own, _) = try Self.visits(fixture, "enterprise-a")
        let p = own.planned
        let enterprise = try #require(try fixture.account("enterprise-a").enterpriseID)
        let community = try #require(try fixture.workspace.community(ofHousehold: own.householdID))
        let lookup = Dictionary(fixture.dataset.workers.map { ($0.id, $0.enterpriseID) }, uniquingKeysWith: { a, _ in a })
        let substitute = try #require(
            try fixture.workspace.workersServing(community: community, week: fixture.week).first { lookup[$0.id] != enterprise })
        try await fixture.test { client in
            let key = [("demand_id", p.demandID), ("date", p.date.description)]
            let done = [("status", "done"), ("started", "09:00"), ("ended", "10:00"), ("price", "50")]
            let recorded = try await fixture.browser("admin").post(
                "/office/records?community=\(community)", client, fields: key + done + [("worker_id", substitute.id)])
            #expect(recorded.status == .seeOther)
            let refused = try await fixture.browser("enterprise-a").post("/enterprise/records", client, fields: key + done + [("worker_id", p.workerID)])
            #expect(refused.status == .unprocessableContent)
            #expect(!refused.text.contains(substitute.id), "another enterprise's worker is not named")
        }
        #expect(try fixture.workspace.dataset().serviceRecords.first { $0.visit == p.visit }?.workerID == substitute.id)
    }

    @Test func aVisitStillToComeCanOnlyBeRecordedAsCancelled() async throws {
        let fixture = try ConsoleFixture()
        let enterprise = try #require(try fixture.account("enterprise-a").enterpriseID)
        let today = fixture.console.configuration.today
        let later = try #require(try fixture.workspace.enterpriseVisits(enterprise: enterprise, week: fixture.week).first { $0.planned.date > today })
        let p = later.planned
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let done = try await browser.post("/enterprise/records", client, fields: [
                ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
                ("started", "09:00"), ("ended", "10:00"), ("price", p.price.description),
            ])
            #expect(done.status == .unprocessableContent && done.text.contains("has not happened yet"))
            let cancelled = try await browser.post("/enterprise/records", client, fields: [
                ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "household_cancelled"),
                ("started", p.start.description), ("ended", p.end.description), ("price", p.price.description),
            ])
            #expect(cancelled.status == .seeOther)
        }
        #expect(try fixture.workspace.dataset().serviceRecords.contains { $0.visit == p.visit && $0.status == .householdCancelled })
    }
}
