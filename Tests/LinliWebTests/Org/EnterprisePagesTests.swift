import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliTestSupport
import Testing

@testable import LinliWeb

/// The enterprise pages: menu and its upload, workers with their papers, route sheets, ratings.
@Suite("Enterprise pages")
struct EnterprisePagesTests {
    /// The CSV text of `file` holding only `dataset`'s rows of it.
    static func csv(_ file: DatasetFile, _ dataset: Dataset) -> String {
        DatasetWriter.text(of: file, in: dataset)
    }

    @Test func theMenuPageAndItsCSVHoldOnlyTheEnterprisesRows() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        let mine = fixture.dataset.menu.filter { $0.enterpriseID == own }
        #expect(!mine.isEmpty)
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let page = try await browser.get("/enterprise/menu", client)
            #expect(page.status == .ok)
            for item in mine { #expect(page.text.contains(item.name)) }
            let csv = try await browser.get("/enterprise/menu.csv", client)
            #expect(csv.status == .ok && csv.text.hasPrefix("\u{FEFF}"))
            let rows = csv.text.dropFirst().split(separator: "\n").dropFirst()
            #expect(rows.count == mine.count)
            #expect(rows.allSatisfy { $0.hasPrefix(own + ",") })
        }
    }

    @Test func aMenuUploadWithAnotherEnterprisesRowIsRefusedWholeWithItsLocation() async throws {
        let fixture = try ConsoleFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        var upload = Dataset()
        upload.menu = fixture.dataset.menu.filter { $0.enterpriseID == own }
        var stolen = try #require(fixture.dataset.menu.first { $0.enterpriseID != own })
        stolen.price = Fen(1)
        upload.menu.append(stolen)
        let line = upload.menu.count + 1
        let text = Self.csv(.menu, upload)
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let response = try await fixture.browser("enterprise-a").upload(
                "/enterprise/menu", files: [("file", "my-menu.csv", text)], client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("menu.csv:\(line): enterprise_id:"))
            #expect(response.text.contains("nothing was saved"))
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    @Test func aGoodMenuUploadIsSavedAuditedAndWarnsOfAPriceRise() async throws {
        let fixture = try ConsoleFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        var upload = Dataset()
        var item = try #require(fixture.dataset.menu.first { $0.enterpriseID == own && $0.effectiveFrom == nil })
        item.effectiveFrom = fixture.week.monday.adding(days: 28)
        item.price = Fen(item.price.value * 2)
        upload.menu = [item]
        let text = Self.csv(.menu, upload)
        try await fixture.test { client in
            let response = try await fixture.browser("enterprise-a").upload(
                "/enterprise/menu", files: [("file", "menu.csv", text)], client)
            #expect(response.status == .ok)
            #expect(response.text.contains("menu.csv:2: price:"))
            #expect(response.text.contains("规范价格秩序"))
        }
        #expect(try fixture.workspace.enterpriseMenu(own).contains(item))
        #expect(try fixture.workspace.auditLog().contains { $0.action == "menu.import" && $0.accountName == "enterprise-a" })
    }

    @Test func anUploadWithoutTheCSRFTokenIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            var browser = try fixture.browser("enterprise-a")
            browser.csrfToken = "forged"
            let response = try await browser.upload("/enterprise/workers", files: [("file", "workers.csv", "worker_id\n")], client)
            #expect(response.status == .forbidden)
        }
    }

    @Test func aWorkersUploadCannotChangeAWorkersEmploymentOrMoveItToAPointTheEnterpriseDoesNotOperateFrom() async throws {
        // A point only the second enterprise operates from.
        let fixture = try ConsoleFixture { dataset in
            guard let community = dataset.communities.first, let second = dataset.enterprises.map(\.id).sorted().dropFirst().first
            else { return }
            dataset.servicePoints.append(ServicePoint(
                id: "SP-OTHER", name: "别家网点", communityID: community.id, location: community.location, radiusMeters: 500,
                enterpriseIDs: [second]))
        }
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        let foreignPoint = try #require(fixture.dataset.servicePoints.first { !$0.enterpriseIDs.contains(own) }).id
        var upload = Dataset()
        upload.workers = fixture.dataset.workers.filter { $0.enterpriseID == own }
        #expect(upload.workers.count >= 2)
        upload.workers[0].employment = upload.workers[0].employment == .employee ? .intermediary : .employee
        upload.workers[1].pointID = foreignPoint
        let text = Self.csv(.workers, upload)
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let response = try await fixture.browser("enterprise-a").upload("/enterprise/workers", files: [("file", "workers.csv", text)], client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("workers.csv:2: employment:"))
            #expect(response.text.contains("workers.csv:3: point_id:") && response.text.contains("does not operate from service point"))
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    @Test func aWorkersUploadThatWouldLeaveTheEnterpriseMoreWorkersThanTheLimitIsRefused() async throws {
        let generated = Fixtures.generated(.small, seed: 1)
        let own = generated.enterprises.map(\.id).sorted()[0]
        let stored = generated.workers.filter { $0.enterpriseID == own }
        let fixture = try ConsoleFixture(maxWorkerRows: stored.count + 1)
        #expect(try fixture.account("enterprise-a").enterpriseID == own)
        let template = try #require(stored.first)
        func newWorkers(_ ids: [String]) -> String {
            var upload = Dataset()
            upload.workers = ids.map { id in
                var worker = template
                worker.id = id
                worker.credit = .good
                worker.rating = nil
                return worker
            }
            return Self.csv(.workers, upload)
        }
        let two = newWorkers(["WX-1", "WX-2"]), one = newWorkers(["WX-1"])
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let refused = try await fixture.browser("enterprise-a").upload(
                "/enterprise/workers", files: [("file", "workers.csv", two)], client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("workers.csv:"))
            #expect(refused.text.contains(
                "would have \(stored.count + 2) workers (\(stored.count) stored, 2 new): at most \(stored.count + 1) are allowed"))
            #expect(try fixture.workspace.dataset() == before, "nothing stored")
            let taken = try await fixture.browser("enterprise-a").upload(
                "/enterprise/workers", files: [("file", "workers.csv", one)], client)
            #expect(taken.status == .ok)
        }
        #expect(try fixture.workspace.dataset().workers.contains { $0.id == "WX-1" })
    }

    @Test func theWorkersPageFlagsPapersDueWithin30DaysOrExpired() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        let day = fixture.week.monday
        let workers = fixture.dataset.workers.filter { $0.enterpriseID == own }
        let flagged = workers.filter { WorkerPapers(worker: $0, on: day).needsAttention }
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let page = try await browser.get("/enterprise/workers?on=\(day)", client)
            #expect(page.status == .ok)
            for w in workers { #expect(page.text.contains(w.name)) }
            #expect(page.text.components(separatedBy: "<tr class=\"attention\">").count - 1 == flagged.count)
            let csv = try await browser.get("/enterprise/workers.csv?on=\(day)", client)
            let rows = csv.text.split(separator: "\n").dropFirst()
            #expect(rows.count == workers.count)
            #expect(rows.filter { $0.contains("due_soon") || $0.contains("expired") || $0.contains("missing") }.count == flagged.count)
        }
    }

    @Test func aWorkersRouteSheetShowsTheDayInOrderAndAnotherEnterprisesWorkerIs404() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        let roster = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: nil)).roster
        let ours = Set(fixture.dataset.workers.filter { $0.enterpriseID == own }.map(\.id))
        let visit = try #require(roster.assignments.first { ours.contains($0.workerID) })
        let day = roster.assignments.filter { $0.workerID == visit.workerID && $0.date == visit.date }.sorted { $0.start < $1.start }
        let theirs = try #require(fixture.dataset.workers.first { $0.enterpriseID != own }).id
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let page = try await browser.get("/enterprise/workers/\(visit.workerID)/route?day=\(visit.date)", client)
            #expect(page.status == .ok)
            let positions = day.map { page.text.range(of: "\($0.start)–\($0.end)")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
            let csv = try await browser.get("/enterprise/workers/\(visit.workerID)/route.csv?day=\(visit.date)", client)
            #expect(csv.text.split(separator: "\n").count == day.count + 1)
            for uri in ["/enterprise/workers/\(theirs)/route", "/enterprise/workers/\(theirs)/route.csv", "/enterprise/workers/NOBODY/route"] {
                #expect(try await browser.get(uri, client).status == .notFound, "\(uri)")
            }
        }
    }

    @Test func aWeekWithoutARosterHasNoRouteSheetAsPageOrCSV() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        let worker = try #require(fixture.dataset.workers.first { $0.enterpriseID == own }).id
        let week = fixture.week.previous
        #expect(try !fixture.workspace.publishedWeeks().contains(week))
        try await fixture.test { client in
            let browser = try fixture.browser("enterprise-a")
            let page = try await browser.get("/enterprise/workers/\(worker)/route?week=\(week)", client)
            #expect(page.status == .notFound && page.text.contains("\(week) 没有发布的排班"))
            #expect(try await browser.get("/enterprise/workers/\(worker)/route.csv?week=\(week)", client).status == .notFound)
            #expect(try await browser.get("/enterprise/workers/\(worker)/route?week=\(fixture.week)", client).status == .ok)
        }
    }

    @Test func ratingsListOnlyTheEnterprisesWorkersAndAnAdminPicksAnEnterprise() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let a = try #require(try fixture.account("enterprise-a").enterpriseID)
        let b = try #require(try fixture.account("enterprise-b").enterpriseID)
        let foreign = fixture.dataset.workers.filter { $0.enterpriseID != a }.map(\.id)
        try await fixture.test { client in
            let csv = try await fixture.browser("enterprise-a").get("/enterprise/ratings.csv", client)
            #expect(csv.status == .ok)
            #expect(!foreign.contains { AccessMatrixTests.containsToken(csv.text, $0) })
            #expect(try await fixture.browser("enterprise-a").get("/enterprise/ratings?enterprise=\(b)", client).status == .notFound)
            let admin = try await fixture.browser("admin").get("/enterprise/ratings.csv?enterprise=\(b)", client)
            #expect(admin.status == .ok)
            let bWorkers = fixture.dataset.workers.filter { $0.enterpriseID == b }
            #expect(admin.text.split(separator: "\n").count == bWorkers.count + 1)
        }
    }
}
