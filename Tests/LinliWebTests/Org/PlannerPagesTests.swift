import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import Testing

@testable import LinliWeb

/// The planner pages: aggregates, map, what-if, site planning, runs — and never a personal row.
@Suite("Planner pages")
struct PlannerPagesTests {
    /// Two candidate sites at the first two communities' centres, in service_points.csv columns.
    static func candidates(_ dataset: Dataset) -> String {
        var d = Dataset()
        let enterprise = dataset.enterprises.map(\.id).min() ?? ""
        d.servicePoints = dataset.communities.prefix(2).enumerated().map { i, c in
            ServicePoint(id: "NEW\(i + 1)", name: "新网点\(i + 1)", communityID: c.id, location: c.location, radiusMeters: 800,
                         enterpriseIDs: [enterprise])
        }
        return DatasetWriter.text(of: .servicePoints, in: d)
    }

    /// Fails when `text` contains a household, demand or worker id, an address or a worker's name.
    static func expectNoPersonalRow(_ text: String, _ fixture: ConsoleFixture, _ what: String) throws {
        let tokens = try ScopeSamples(fixture).forbiddenTokens(for: try fixture.account("planner"))
        for token in tokens where AccessMatrixTests.containsToken(text, token) {
            Issue.record("\(what) shows the personal value \(token)")
        }
    }

    @Test func everyPlannerPageAndDownloadShowsNoPersonalRow() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let browser = try fixture.browser("planner")
            for route in PlannerArea.routes where route.method == .get {
                let response = try await browser.get(route.path, client)
                #expect([.ok, .notFound].contains(response.status), "\(route.path)")
                try Self.expectNoPersonalRow(response.text, fixture, route.path)
            }
        }
    }

    @Test func coverageShowsEveryCommunityTheInlineMapAndTheSameTableAsCSV() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let indicatorCount = try fixture.workspace.indicators(IndicatorsRequest(date: fixture.week.monday)).sheet.rows.count
        try await fixture.test { client in
            let browser = try fixture.browser("planner")
            let page = try await browser.get("/planner/coverage?week=\(fixture.week)", client)
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            #expect(!page.text.contains("http://tile") && !page.text.contains("https://"))
            for c in fixture.dataset.communities { #expect(page.text.contains(c.name)) }
            let csv = try await browser.get("/planner/coverage.csv?week=\(fixture.week)", client)
            #expect(csv.text.split(separator: "\n").count == fixture.dataset.communities.count + 2)
            let indicators = try await browser.get("/planner/indicators.csv?on=\(fixture.week.monday)", client)
            #expect(indicators.text.split(separator: "\n").count == indicatorCount + 1)
        }
    }

    @Test func whatIfWithOnePointTypedInComparesBeforeAndAfterAndChangesNothing() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let community = try #require(fixture.dataset.communities.first)
        let enterprise = try #require(fixture.dataset.enterprises.first).id
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let browser = try fixture.browser("planner")
            let fields = [
                ("week", "\(fixture.week)"), ("time_limit", "0.05"), ("point_id", "NEW1"), ("name", "新网点"), ("community_id", community.id),
                ("lat", "\(community.location.lat)"), ("lon", "\(community.location.lon)"), ("radius_m", "900"), ("enterprise_ids", enterprise),
            ]
            let response = try await browser.upload("/planner/whatif", fields: fields, files: [], client)
            #expect(response.status == .ok)
            #expect(response.text.contains("<svg") && response.text.contains("覆盖率 后"))
            try Self.expectNoPersonalRow(response.text, fixture, "what-if result")
            let csv = try await browser.get("/planner/whatif.csv", client)
            #expect(csv.status == .ok)
            #expect(csv.text.split(separator: "\n").count == fixture.dataset.communities.count + 2)
            let bad = try await browser.upload("/planner/whatif", fields: fields.map { $0.0 == "lat" ? ($0.0, "north") : $0 }, files: [], client)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("service_points.csv:2: lat:"))
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    /// A planner is shown no worker id, so a what-if may not move a named worker: a real id and a made-up one
    /// get the same refusal (the answer tells nothing about the district's workers); an admin may move one.
    @Test func aPlannersWhatIfRefusesEveryNamedWorkerAlike() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let community = try #require(fixture.dataset.communities.first)
        let enterprise = try #require(fixture.dataset.enterprises.first).id
        let worker = try #require(fixture.dataset.workers.first)
        let fields = [
            ("week", "\(fixture.week)"), ("time_limit", "0.05"), ("point_id", "NEW1"), ("name", "新网点"), ("community_id", community.id),
            ("lat", "\(community.location.lat)"), ("lon", "\(community.location.lon)"), ("radius_m", "900"), ("enterprise_ids", enterprise),
        ]
        @Sendable func staff(_ id: String) -> [(field: String, name: String, text: String)] {
            [(field: "staff", name: "staff.csv", text: "point_id,worker_id,enterprise_id,skills,count\n\(worker.pointID),\(id),,,\n")]
        }
        try await fixture.test { client in
            let planner = try fixture.browser("planner")
            let real = try await planner.upload("/planner/whatif", fields: fields, files: staff(worker.id), client)
            let madeUp = try await planner.upload("/planner/whatif", fields: fields, files: staff("W99999"), client)
            for response in [real, madeUp] {
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("staff.csv:2: worker_id:") && response.text.contains("moving a named worker is for an admin"))
                #expect(!response.text.contains("unknown worker"))
            }
            let admin = try fixture.browser("admin")
            let moved = try await admin.upload("/planner/whatif", fields: fields, files: staff(worker.id), client)
            #expect(moved.status == .ok)
            #expect(moved.text.contains("调动 1 人"))
        }
    }

    @Test func sitePlanningChoosesKCandidatesWithABoundAndRefusesABadK() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let browser = try fixture.browser("planner")
            let file = [(field: "candidates", name: "candidates.csv", text: Self.candidates(fixture.dataset))]
            let response = try await browser.upload("/planner/plan", fields: [("week", "\(fixture.week)"), ("k", "1")], files: file, client)
            #expect(response.status == .ok)
            #expect(response.text.contains("上界 (upper bound)"))
            let csv = try await browser.get("/planner/plan.csv", client)
            #expect(csv.text.contains("upper_bound"))
            #expect(csv.text.contains("NEW1") || csv.text.contains("NEW2"))
            let tooMany = try await browser.upload(
                "/planner/plan", fields: [("week", "\(fixture.week)"), ("k", "\(SitePlanPage.maxK + 1)")], files: file, client)
            #expect(tooMany.status == .unprocessableContent)
            let badWeight = try await browser.upload(
                "/planner/plan", fields: [("week", "\(fixture.week)"), ("k", "1"), ("weight", "x")], files: file, client)
            #expect(badWeight.status == .unprocessableContent)
            #expect(badWeight.text.contains("demand 或 households"))
            let byHouseholds = try await browser.upload(
                "/planner/plan", fields: [("week", "\(fixture.week)"), ("k", "1"), ("weight", "households")], files: file, client)
            #expect(byHouseholds.status == .ok)
        }
    }

    @Test func theRunHistoryShowsScoresAndBounds() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let runs = try fixture.workspace.runs(week: nil)
        try await fixture.test { client in
            let csv = try await fixture.browser("planner").get("/planner/runs.csv", client)
            #expect(csv.status == .ok)
            #expect(csv.text.split(separator: "\n").count == runs.count + 1)
            #expect(csv.text.contains(String(format: "%.2f", try #require(runs.first).score)))
        }
    }
}
