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

/// The office's working pages: demand list and upload, absences and the sick call that replans in the
/// background, service records, household history — each happy path, each refusal, and nothing of another
/// community on any of them.
@Suite("Office demands, absences, records and history pages")
struct OfficePagesTests {
    static let demandHeader = DatasetFile.demands.columns.joined(separator: ",")

    static func demandRow(_ id: String, household: String) -> String {
        "\(id),\(household),cleaning,order,60,weekly,2;4,,09:00,12:00,,,,"
    }

    static func csv(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

    /// Fails when `text` names a household or demand of another community than `office`'s.
    static func expectNothingForeign(_ text: String, fixture: ConsoleFixture, office: String) throws {
        let samples = try ScopeSamples(fixture)
        for token in samples.forbiddenTokens(for: try fixture.account(office)) {
            #expect(!text.contains(">\(token)<") && !text.contains(",\(token),") && !text.contains("/\(token)/"), "\(token)")
        }
    }

    // MARK: Demands

    @Test func theDemandListShowsTheCommunitysHouseholdsAndDownloadsItsDemandsCSV() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let samples = try ScopeSamples(fixture)
        let households = samples.households(in: office.communityID ?? "")
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/demands", client)
            #expect(page.status == .ok)
            for id in households { #expect(page.text.contains(">\(id)<")) }
            for household in fixture.dataset.households where households.contains(household.id) {
                let marked = page.text.contains(">\(household.id)</a> <span class=\"reason\">")
                #expect(marked == (household.priorityGroup != .none), "only a priority household is marked: \(household.id)")
            }
            try Self.expectNothingForeign(page.text, fixture: fixture, office: "office-a")

            let csv = try await fixture.browser("office-a").get("/office/demands.csv", client)
            #expect(csv.status == .ok && csv.text.hasPrefix("\u{FEFF}\(Self.demandHeader)"))
            let ids = csv.text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
            #expect(ids == samples.demands(in: office.communityID ?? ""))
        }
    }

    @Test func aGoodUploadIsStoredAndSummarised() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let household = try #require(try ScopeSamples(fixture).households(in: office.communityID ?? "").first)
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv",
                bytes: Self.csv([Self.demandHeader, Self.demandRow("WEB-NEW-1", household: household)]), client)
            #expect(response.status == .ok)
            #expect(response.text.contains("已保存") && response.text.contains("新增 1"))
        }
        #expect(try fixture.workspace.dataset().demands.contains { $0.id == "WEB-NEW-1" && $0.householdID == household })
        #expect(try fixture.workspace.auditLog().contains { $0.action == "demand.import" })
    }

    @Test func anUploadOfMoreRowsThanTheLimitIsRefusedWithNothingStored() async throws {
        let fixture = try ConsoleFixture(maxDemandRows: 3)
        let office = try fixture.account("office-a")
        let household = try #require(try ScopeSamples(fixture).households(in: office.communityID ?? "").first)
        let before = try fixture.workspace.dataset()
        let rows = (1...4).map { Self.demandRow("WEB-CAP-\($0)", household: household) }
        try await fixture.test { client in
            let refused = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv", bytes: Self.csv([Self.demandHeader] + rows), client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("demands.csv") && refused.text.contains("4 rows: an upload may have at most 3"))
            #expect(try fixture.workspace.dataset() == before, "nothing stored")
        }
    }

    /// How many demands the fixture's first community (office-a's) starts with.
    static func storedDemandsOfFirstCommunity() -> Int {
        let generated = Fixtures.generated(.small, seed: 1)
        let first = generated.communities.map(\.id).min() ?? ""
        let households = Set(generated.households.filter { $0.communityID == first }.map(\.id))
        return generated.demands.filter { households.contains($0.householdID) }.count
    }

    @Test func theLimitHoldsOnTheCommunitysTotalDemandsNotOnEachUpload() async throws {
        let stored = Self.storedDemandsOfFirstCommunity()
        let fixture = try ConsoleFixture(maxDemandRows: stored + 3)
        let office = try fixture.account("office-a")
        let household = try #require(try ScopeSamples(fixture).households(in: office.communityID ?? "").first)
        try await fixture.test { client in
            let first = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv",
                bytes: Self.csv([Self.demandHeader] + (1...3).map { Self.demandRow("WEB-TOTAL-\($0)", household: household) }), client)
            #expect(first.status == .ok && first.text.contains("新增 3"))
            let before = try fixture.workspace.dataset()
            let refused = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv",
                bytes: Self.csv([Self.demandHeader, Self.demandRow("WEB-TOTAL-4", household: household)]), client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("demands.csv"))
            #expect(refused.text.contains("would have \(stored + 4) demands (\(stored + 3) stored, 1 new): at most \(stored + 3) are allowed"))
            #expect(try fixture.workspace.dataset() == before, "nothing stored")
        }
    }

    @Test func aCommunityPastTheLimitMayStillUploadItsStoredDemandsAgain() async throws {
        let fixture = try ConsoleFixture(maxDemandRows: 3)
        try await fixture.test { client in
            let download = try await fixture.browser("office-a").get("/office/demands.csv", client)
            let lines = download.text.split(separator: "\n").map(String.init)
            #expect(lines.count > 4, "the community holds more demands than the limit")
            let again = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv", bytes: Self.csv(Array(lines.prefix(3))), client)
            #expect(again.status == .ok && again.text.contains("没有变化"), "an upload that adds nothing is not refused")
        }
    }

    @Test func theUnmetListIsPaged() async throws {
        var first = ""
        let fixture = try ConsoleFixture { dataset in
            first = dataset.communities.map(\.id).min() ?? ""
            let household = dataset.households.first { $0.communityID == first }?.id ?? ""
            let lines = [Self.demandHeader] + (1...40).map { "WEB-UNMET-\($0),\(household),cleaning,order,60,weekly,1;2;3;4;5;6;7,,09:00,12:00,1,,," }
            guard let cheap = try? DatasetReader.importUpload(Self.csv(lines), as: .demands, into: dataset) else { return }
            dataset = cheap.dataset
        }
        let roster = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: first))
        let unmet = roster.roster.unmet.count
        try #require(unmet > OfficeUnmetPage.pageSize, "a price of 1 buys no visit")
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/unmet", client)
            #expect(page.status == .ok)
            let rows = page.text.components(separatedBy: "<td class=\"time\">").count - 1
            #expect(rows == OfficeUnmetPage.pageSize)
            let pages = (unmet + OfficeUnmetPage.pageSize - 1) / OfficeUnmetPage.pageSize
            #expect(page.text.contains("第 1 / \(pages) 页") && page.text.contains("page=2"))
            #expect(page.text.contains("<strong>\(unmet)</strong>未排班"), "the figures count every unmet visit")
            let last = try await fixture.browser("office-a").get("/office/unmet?page=99999", client)
            #expect(last.status == .ok && last.text.contains("第 \(pages) / \(pages) 页"))
            #expect(last.text.components(separatedBy: "<td class=\"time\">").count - 1 == unmet - (pages - 1) * OfficeUnmetPage.pageSize)
        }
    }

    /// The rows of the demand list's table on `page`: each names its household with a link to the history.
    static func tableRows(_ page: String) -> Int {
        page.components(separatedBy: "<td><a href=\"/office/households/").count - 1
    }

    @Test func theDemandListIsPagedAndAnUnreadablePageIsClamped() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let household = try #require(try ScopeSamples(fixture).households(in: office.communityID ?? "").first)
        let rows = (1...250).map { Self.demandRow("WEB-PAGE-\($0)", household: household) }
        try await fixture.test { client in
            let upload = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv", bytes: Self.csv([Self.demandHeader] + rows), client)
            #expect(upload.status == .ok)
            let list = try fixture.workspace.communityDemands(community: office.communityID ?? "")
            let byHousehold = list.demandsByHousehold
            let total = list.households.reduce(0) { $0 + max(1, byHousehold[$1.id]?.count ?? 0) }
            let pages = (total + OfficeDemandsPage.pageSize - 1) / OfficeDemandsPage.pageSize
            #expect(pages >= 2)
            let first = try await fixture.browser("office-a").get("/office/demands", client)
            #expect(first.status == .ok && Self.tableRows(first.text) == OfficeDemandsPage.pageSize)
            #expect(first.text.contains("第 1 / \(pages) 页") && first.text.contains("page=2"))
            let last = try await fixture.browser("office-a").get("/office/demands?page=\(pages)", client)
            #expect(last.status == .ok && Self.tableRows(last.text) == total - (pages - 1) * OfficeDemandsPage.pageSize)
            for (query, shown) in [("abc", 1), ("0", 1), ("-3", 1), ("99999", pages)] {
                let page = try await fixture.browser("office-a").get("/office/demands?page=\(query)", client)
                #expect(page.status == .ok && page.text.contains("第 \(shown) / \(pages) 页"), "page=\(query)")
            }
        }
    }

    @Test func aBadUploadShowsEveryErrorAtItsLineAndStoresNothing() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let samples = try ScopeSamples(fixture)
        let mine = try #require(samples.households(in: office.communityID ?? "").first)
        let theirs = try #require(samples.foreign(.household, for: office))
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "my-demands.csv",
                bytes: Self.csv([
                    Self.demandHeader, Self.demandRow("WEB-OK", household: mine),
                    "WEB-BAD,\(mine),cleaning,order,60,weekly,2;4,,09:00,09:30,,,,",
                    Self.demandRow("WEB-FOREIGN", household: theirs),
                ]), client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("没有保存"))
            #expect(response.text.contains("demands.csv:3</td><td>window_end"))
            #expect(response.text.contains("demands.csv:4</td><td>household_id"))
            #expect(!response.text.contains("demands.csv:2<"))
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    @Test func anUploadWithoutTheCSRFTokenOrWithoutAFileIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let forged = try await fixture.browser("office-a").upload(
                "/office/demands", fileName: "demands.csv", bytes: Self.csv([Self.demandHeader]), csrf: false, client)
            #expect(forged.status == .forbidden)
            let empty = try await fixture.browser("office-a").upload("/office/demands", fileName: "demands.csv", bytes: [], client)
            #expect(empty.status == .unprocessableContent)
        }
    }

    @Test func anUploadOverTheLimitIsRefusedWithAClearMessage() async throws {
        let fixture = try ConsoleFixture(maxUploadBytes: 4096)
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let big = Self.csv([Self.demandHeader] + (0..<200).map { Self.demandRow("BIG-\($0)", household: "H") })
            let response = try await fixture.browser("office-a").upload("/office/demands", fileName: "demands.csv", bytes: big, client)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("太大"))
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    // MARK: Absences and replanning

    @Test func aSickCallRecordsTheAbsenceAndShowsTheReplansChangesForTheCommunity() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let community = office.communityID ?? ""
        let worker = try #require(try fixture.workspace.workersServing(community: community, week: fixture.week).first)
        let wednesday = fixture.week.monday.adding(days: 2)
        let location = try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/absences?week=\(fixture.week)", client)
            #expect(page.status == .ok && page.text.contains("value=\"\(worker.id)\""))
            let response = try await fixture.browser("office-a").post(
                "/office/absences?week=\(fixture.week)", client, fields:
                [("worker", worker.id), ("from", wednesday.description), ("until", wednesday.description)])
            #expect(response.status == .seeOther)
            return response.headers[.location] ?? ""
        }
        #expect(location.hasPrefix("/office/jobs/"))
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let job = try #require(try await fixture.console.jobs.finished(id))
        #expect(job.state == .done, "\(job.failure)")
        let runID = try #require(job.outcome?.runID)
        let changes = try #require(try fixture.workspace.changes(runID: runID, community: community))
        #expect(try fixture.workspace.absences(community: community, week: fixture.week).contains {
            $0.workerID == worker.id && $0.from == wednesday && $0.reason == .sick
        })
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get(location, client)
            #expect(page.status == .ok)
            #expect(page.text.contains("本社区的变更"))
            #expect(page.text.components(separatedBy: "data-change=").count - 1 == changes.changes.count)
            for kind in Set(changes.changes.map(\.kind)) { #expect(page.text.contains("data-change=\"\(kind.rawValue)\"")) }
            try Self.expectNothingForeign(page.text, fixture: fixture, office: "office-a")

            let csv = try await fixture.browser("office-a").get("/office/changes.csv?run=\(runID)", client)
            #expect(csv.status == .ok && csv.text.hasPrefix("\u{FEFF}demand_id,date,before_worker_id"))
            #expect(csv.text.split(separator: "\n").count == changes.changes.count + 1)
            // A repeated id is checked once per distinct value, and past a hundred values it is refused outright.
            let repeated = { (count: Int) in "/office/changes.csv?" + Array(repeating: "run=\(runID)", count: count).joined(separator: "&") }
            #expect(try await fixture.browser("office-a").get(repeated(AccessPolicy.maxValuesPerID), client).status == .ok)
            #expect(try await fixture.browser("office-a").get(repeated(AccessPolicy.maxValuesPerID + 1), client).status == .badRequest)
            #expect(try await fixture.browser("office-a").get("/office/changes.csv?run=\(runID)&run=\(runID + 1_000)", client).status == .notFound)

            let other = try await fixture.browser("office-b").get(location, client)
            #expect(other.status == .notFound, "another community's office cannot see the job")
        }
        #expect(try fixture.workspace.auditLog().contains { $0.action == "absence.add" })
    }

    @Test func aSickCallForAWorkerNotServingTheCommunityIsNotFoundAndStoresNothing() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let serving = Set(try fixture.workspace.workersServing(community: office.communityID ?? "", week: fixture.week).map(\.id))
        let stranger = try #require(fixture.dataset.workers.first { !serving.contains($0.id) })
        try await fixture.test { client in
            let day = fixture.week.days[2].description
            let response = try await fixture.browser("office-a").post(
                "/office/absences?week=\(fixture.week)", client, fields: [("worker", stranger.id), ("from", day), ("until", day)])
            #expect(response.status == .notFound)
            let backwards = try await fixture.browser("office-a").post(
                "/office/absences?week=\(fixture.week)", client, fields:
                [("worker", try #require(serving.first)), ("from", fixture.week.days[3].description), ("until", day)])
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.text.contains("before it starts") && !backwards.text.contains("--until"), "the form's words, not the CLI's flags")
        }
        #expect(try fixture.workspace.dataset().absences.isEmpty)
        #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty)
    }

    @Test func theRosterButtonRunsTheWeekInTheBackground() async throws {
        let fixture = try ConsoleFixture()
        let week = fixture.week.next
        #expect(try fixture.workspace.communityRoster(week: week, communityID: nil) == nil)
        let location = try await fixture.test { client in
            try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                .headers[.location] ?? ""
        }
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let job = try #require(try await fixture.console.jobs.finished(id))
        #expect(job.state == .done)
        let published = try #require(try fixture.workspace.communityRoster(week: week, communityID: nil)).runID
        #expect(published == job.outcome?.runID)
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get(location, client)
            #expect(page.status == .ok && page.text.contains("排班已发布"))
            let jobs = try await fixture.browser("office-a").get("/jobs/\(id)", client)
            #expect(jobs.status == .ok && !jobs.text.contains("data-refresh"))
            let outside = try await fixture.browser("office-a").post(
                "/office/roster?week=\(fixture.week)", client, fields: [("mode", "replan"), ("from", "2030-01-01")])
            #expect(outside.status == .unprocessableContent)
            let unknownMode = try await fixture.browser("office-a").post(
                "/office/roster?week=\(fixture.week)", client, fields: [("mode", "delete")])
            #expect(unknownMode.status == .unprocessableContent)
            for week in ["9999-W52", "0001-W01"] {
                let absurd = try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                #expect(absurd.status == .badRequest, "\(week)")
            }
        }
        #expect(fixture.console.jobs.jobs(visibleTo: .all).count == 1, "only the first POST started a job")
    }

    /// The `<pre class="summary">` of a job's page: the run's summary lines.
    static func summary(_ page: String) -> String {
        guard let start = page.range(of: "<pre class=\"summary\">"),
              let end = page.range(of: "</pre>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func aJobsPageShowsAnOfficeOnlyItsCommunitysFiguresAndAnAdminTheDistricts() async throws {
        let fixture = try ConsoleFixture()
        let community = try fixture.account("office-a").communityID ?? ""
        // The fixture's week is published, which an office replans and never rosters afresh: it rosters the next.
        let location = try await fixture.test { client in
            try await fixture.browser("office-a").post("/office/roster?week=\(fixture.week.next)", client, fields: [("mode", "roster")])
                .headers[.location] ?? ""
        }
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let runID = try #require(try await fixture.console.jobs.finished(id)?.outcome?.runID)
        let own = try #require(try fixture.workspace.communityRoster(runID: runID, communityID: community)).roster
        let others = fixture.dataset.communities.map(\.id).filter { $0 != community }
        try await fixture.test { client in
            for path in ["/jobs/\(id)", location] {
                let page = try await fixture.browser("office-a").get(path, client)
                let summary = Self.summary(page.text)
                #expect(page.status == .ok && summary.contains("\(own.assignments.count) assigned, \(own.unmet.count) unmet"), "\(path)")
                for word in ["busiest", "least busy", "unmet by community", "fill rate", "workload"] {
                    #expect(!summary.contains(word), "\(path): \(word)")
                }
                for other in others { #expect(!summary.contains(other), "\(path): \(other)") }
                for worker in fixture.dataset.workers { #expect(!summary.contains(worker.id), "\(path): \(worker.id)") }
            }
            let admin = Self.summary(try await fixture.browser("admin").get("/jobs/\(id)", client).text)
            #expect(admin.contains("busiest") && admin.contains("fill rate"), "an admin keeps the district's summary")
        }
    }

    @Test func everyJobRouteAnswersAForeignCommunity404AndTheOwnOne200() async throws {
        let fixture = try ConsoleFixture()
        let community = try fixture.account("office-a").communityID ?? ""
        let foreign = try fixture.account("office-b").communityID ?? ""
        let location = try await fixture.test { client in
            try await fixture.browser("office-a").post("/office/roster?week=\(fixture.week.next)", client, fields: [("mode", "roster")])
                .headers[.location] ?? ""
        }
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        _ = try await fixture.console.jobs.finished(id)
        try await fixture.test { client in
            for path in ["/jobs", "/jobs/\(id)", "/office/jobs/\(id)"] {
                let own = try await fixture.browser("office-a").get("\(path)?community=\(community)", client)
                #expect(own.status == .ok, "\(path)")
                let other = try await fixture.browser("office-a").get("\(path)?community=\(foreign)", client)
                #expect(other.status == .notFound, "\(path)")
            }
        }
    }

    @Test func aJobsProgressShowsAnOfficeNoDistrictTotalsAndAnAdminThem() async throws {
        let fixture = try ConsoleFixture()
        let location = try await fixture.test { client in
            try await fixture.browser("office-a").post("/office/roster?week=\(fixture.week.next)", client, fields: [("mode", "roster")])
                .headers[.location] ?? ""
        }
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let job = try #require(try await fixture.console.jobs.finished(id))
        #expect(job.state == .done, "\(job.failure)")
        try await fixture.test { client in
            for path in ["/jobs/\(id)", location] {
                let page = try await fixture.browser("office-a").get(path, client)
                #expect(page.status == .ok && page.text.contains("job-state"), "\(path)")
                #expect(!page.text.contains("visits with") && !page.text.contains("class=\"steps\""), "\(path)")
            }
            let admin = try await fixture.browser("admin").get("/jobs/\(id)", client)
            #expect(admin.text.contains("class=\"steps\"") && admin.text.contains("visits with"), "an admin keeps the district's progress")
        }
    }

    @Test func aSickCallTheQueueCannotTakeStoresNothing() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let community = office.communityID ?? ""
        let worker = try #require(try fixture.workspace.workersServing(community: community, week: fixture.week).first)
        let release = DispatchSemaphore(value: 0)
        var held: [Int] = []
        for n in 0..<fixture.console.jobs.perScope {
            held.append(try fixture.console.jobs.submit("held \(n)", scope: .community(community), startedBy: "test") { _ in
                release.wait()
                return JobOutcome(lines: [])
            })
        }
        try await fixture.test { client in
            let day = fixture.week.days[2].description
            let response = try await fixture.browser("office-a").post(
                "/office/absences?week=\(fixture.week)", client, fields: [("worker", worker.id), ("from", day), ("until", day)])
            #expect(response.status == .serviceUnavailable)
        }
        #expect(try fixture.workspace.dataset().absences.isEmpty, "a sick call whose replan cannot start is not half stored")
        for _ in held { release.signal() }
        for id in held { _ = try await fixture.console.jobs.finished(id) }
    }

    // MARK: Service records

    @Test func aVisitIsRecordedWithItsEvaluationAndAnInvalidEntryShowsItsProblems() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let visit = try #require(try fixture.workspace.communityVisits(community: office.communityID ?? "", week: fixture.week).first)
        let p = visit.planned
        let fields: [(String, String)] = [
            ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
            ("started", "09:00"), ("price", "50"), ("stars", "4"), ("complaint", "none"), ("note", "=cmd|' /C calc'!A0"),
        ]
        try await fixture.test { client in
            let list = try await fixture.browser("office-a").get("/office/records?week=\(fixture.week)", client)
            #expect(list.status == .ok && list.text.contains("/office/records/entry?demand=\(p.demandID)&amp;date=\(p.date)"))
            try Self.expectNothingForeign(list.text, fixture: fixture, office: "office-a")
            let entry = try await fixture.browser("office-a").get("/office/records/entry?demand=\(p.demandID)&date=\(p.date)", client)
            #expect(entry.status == .ok && entry.text.contains("value=\"\(p.start)\""))

            let refused = try await fixture.browser("office-a").post("/office/records", client, fields: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<strong>ended</strong>"))
            #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)

            let saved = try await fixture.browser("office-a").post("/office/records", client, fields: fields + [("ended", "10:30")])
            #expect(saved.status == .seeOther)
            let record = try #require(try fixture.workspace.dataset().serviceRecords.first)
            #expect(record.visit == p.visit && record.stars == 4 && record.ended?.description == "10:30")
            #expect(record.note == "=cmd|' /C calc'!A0")
            #expect(try fixture.workspace.auditLog().contains {
                $0.action == "record.add" && $0.details.contains("worker \(p.workerID)")
            }, "the audit row names the worker")

            let csv = try await fixture.browser("office-a").get("/office/records.csv?week=\(fixture.week)", client)
            #expect(csv.status == .ok && csv.text.contains(",'=cmd|"), "a formula in a note is neutralised")
        }
    }

    @Test func aNoteWithATabALineBreakASeparatorABidiOrAnyOtherControlCharacterIsRefused() async throws {
        let fixture = try ConsoleFixture()
        let p = try #require(try fixture.workspace.communityVisits(
            community: try fixture.account("office-a").communityID ?? "", week: fixture.week).first).planned
        try await fixture.test { client in
            for note in ["a\n=1+1", "\r\n-2+3", "x\ty", "a\u{7F}b", "a\u{1B}[2Jb", "a\u{2028}b", "a\u{2029}b", "\u{202E}RLO", "\u{2067}x"] {
                let response = try await fixture.browser("office-a").post(
                    "/office/records", client, fields: [
                        ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID),
                        ("status", "worker_no_show"), ("note", note),
                    ])
                #expect(response.status == .unprocessableContent, "\(note.debugDescription)")
                #expect(response.text.contains("<strong>note</strong>") && response.text.contains("no tab or line break"))
            }
        }
        #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
    }

    /// A note of more than twice the most scalars a value may hold (as much as a form may carry) is refused as too
    /// long, and the form comes back with no more of it than that most; a note of the limit exactly, with spaces
    /// around it, is stored whole.
    @Test func aNoteOverTheLimitIsRefusedWithoutEchoingItWhole() async throws {
        let fixture = try ConsoleFixture()
        let p = try #require(try fixture.workspace.communityVisits(
            community: try fixture.account("office-a").communityID ?? "", week: fixture.week).first).planned
        let visit = [("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "worker_no_show")]
        try await fixture.test { client in
            let huge = String(repeating: "长", count: 5_000)
            let refused = try await fixture.browser("office-a").post("/office/records", client, fields: visit + [("note", huge)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<strong>note</strong>") && refused.text.contains("at most \(Limits.textCharacters) characters"))
            #expect(refused.text.contains(String(repeating: "长", count: Limits.textScalars)))
            #expect(!refused.text.contains(String(repeating: "长", count: Limits.textScalars + 1)), "the note comes back cut")
            // A value cut would have been trimmed to a valid one: the stars are refused, not read as 5.
            let padded = try await fixture.browser("office-a").post(
                "/office/records", client, fields: visit + [("stars", "5" + String(repeating: " ", count: Limits.textScalars) + "junk")])
            #expect(padded.status == .unprocessableContent && padded.text.contains("<strong>stars</strong>"))
            #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)

            let full = String(repeating: "长", count: Limits.textCharacters)
            let saved = try await fixture.browser("office-a").post("/office/records", client, fields: visit + [("note", "   " + full + "  ")])
            #expect(saved.status == .seeOther)
        }
        #expect(try fixture.workspace.dataset().serviceRecords.first?.note == String(repeating: "长", count: Limits.textCharacters))
    }

    /// A record saved from a form whose link named another week returns to the list of the visit's own week, where
    /// the saved visit is marked, and its form posts to that week.
    @Test func aRecordReturnsToTheListOfItsVisitsWeek() async throws {
        let fixture = try ConsoleFixture()
        let p = try #require(try fixture.workspace.communityVisits(
            community: try fixture.account("office-a").communityID ?? "", week: fixture.week).first).planned
        let other = ISOWeek(containing: fixture.week.monday.adding(days: -21))
        let visit = [("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "worker_no_show")]
        try await fixture.test { client in
            let form = try await fixture.browser("office-a").get("/office/records/entry?demand=\(p.demandID)&date=\(p.date)&week=\(other)", client)
            #expect(form.status == .ok)
            #expect(form.text.contains("action=\"/office/records?week=\(fixture.week)"), "the form posts to the visit's week")
            let saved = try await fixture.browser("office-a").post("/office/records?week=\(other)", client, fields: visit)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location]?.contains("week=\(fixture.week)") == true, "\(saved.headers[.location] ?? "")")
        }
    }

    /// A visit after today has not happened: it can be recorded as cancelled, not as done or missed; and the
    /// list names a saved demand only when it is one of its own visits.
    @Test func aVisitAfterTodayCanOnlyBeRecordedAsCancelled() async throws {
        let fixture = try ConsoleFixture()
        let community = try fixture.account("office-a").communityID ?? ""
        let today = fixture.week.days[2]
        let p = try #require(try fixture.workspace.communityVisits(community: community, week: fixture.week).first { $0.planned.date > today }).planned
        let done: [(String, String)] = [
            ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
            ("started", "09:00"), ("ended", "10:00"), ("price", "999999.99"), ("stars", "1"), ("complaint", "serious"),
        ]
        try await fixture.test { client in
            for status in ["done", "worker_no_show", "household_absent"] {
                let early = try await fixture.browser("office-a").post(
                    "/office/records", client, fields: done.map { $0.0 == "status" ? ("status", status) : $0 })
                #expect(early.status == .unprocessableContent, "\(status)")
                #expect(early.text.contains("has not happened yet"))
            }
            #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
            let rated = try await fixture.browser("office-a").post(
                "/office/records", client, fields: [
                    ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "household_cancelled"),
                    ("price", "50"), ("stars", "1"), ("complaint", "serious"),
                ])
            #expect(rated.status == .unprocessableContent, "a cancellation ahead carries no price or evaluation")
            #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
            let cancelled = try await fixture.browser("office-a").post(
                "/office/records", client, fields: [
                    ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "household_cancelled"),
                ])
            #expect(cancelled.status == .seeOther)
            let spoof = try await fixture.browser("office-a").get("/office/records?week=\(fixture.week)&saved=请致电400", client)
            #expect(spoof.status == .ok && !spoof.text.contains("请致电400"))
        }
        #expect(try fixture.workspace.dataset().serviceRecords.map(\.status) == [.householdCancelled])
    }

    /// A visit of today cannot have started or ended later than the console's time of day (noon China time here).
    @Test func aVisitOfTodayCannotEndLaterThanNow() async throws {
        let fixture = try ConsoleFixture()
        let community = try fixture.account("office-a").communityID ?? ""
        let today = fixture.week.days[2]
        #expect(fixture.console.configuration.timeOfDay == TimeOfDay(minutes: 12 * 60))
        let p = try #require(try fixture.workspace.communityVisits(community: community, week: fixture.week).first { $0.planned.date == today }).planned
        func done(until ended: String) -> [(String, String)] {
            [("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "done"),
             ("started", "09:00"), ("ended", ended), ("price", "50")]
        }
        let lateFields = done(until: "12:01"), overFields = done(until: "12:00")
        try await fixture.test { client in
            let late = try await fixture.browser("office-a").post("/office/records", client, fields: lateFields)
            #expect(late.status == .unprocessableContent)
            #expect(late.text.contains("12:01 today is later than now (12:00)"))
            #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
            let over = try await fixture.browser("office-a").post("/office/records", client, fields: overFields)
            #expect(over.status == .seeOther)
        }
        #expect(try fixture.workspace.dataset().serviceRecords.map(\.status) == [.done])
    }

    @Test func anotherCommunitysVisitCannotBeOpenedOrRecorded() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-b")
        let visit = try #require(try fixture.workspace.communityVisits(community: office.communityID ?? "", week: fixture.week).first)
        let p = visit.planned
        try await fixture.test { client in
            let entry = try await fixture.browser("office-a").get("/office/records/entry?demand=\(p.demandID)&date=\(p.date)", client)
            #expect(entry.status == .notFound)
            let post = try await fixture.browser("office-a").post(
                "/office/records", client, fields:
                [("demand_id", p.demandID), ("date", p.date.description), ("worker_id", p.workerID), ("status", "worker_no_show")])
            #expect(post.status == .notFound)
        }
        #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
    }

    @Test func aVisitCannotBeRecordedForAWorkerWhoDoesNotServeTheCommunity() async throws {
        let fixture = try ConsoleFixture()
        let community = try fixture.account("office-a").communityID ?? ""
        let p = try #require(try fixture.workspace.communityVisits(community: community, week: fixture.week).first).planned
        let serving = Set(try fixture.workspace.workersServing(community: community, week: fixture.week).map(\.id))
        let stranger = try #require(fixture.dataset.workers.first { !serving.contains($0.id) })
        try await fixture.test { client in
            for worker in [stranger.id, "W-NOBODY"] {
                let post = try await fixture.browser("office-a").post(
                    "/office/records", client, fields: [
                        ("demand_id", p.demandID), ("date", p.date.description), ("worker_id", worker), ("status", "done"),
                        ("started", "09:00"), ("ended", "10:00"), ("price", "50"), ("stars", "1"), ("complaint", "serious"),
                    ])
                #expect(post.status == .notFound, "a stranger and a worker that does not exist read alike: \(worker)")
            }
        }
        #expect(try fixture.workspace.dataset().serviceRecords.isEmpty)
        #expect(try !fixture.workspace.auditLog().contains { $0.action == "record.add" })
    }

    // MARK: History

    @Test func aHouseholdsHistoryIsShownAndDownloadedOnlyToItsOwnCommunity() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let samples = try ScopeSamples(fixture)
        let mine = try #require(samples.households(in: office.communityID ?? "").first)
        let theirs = try #require(samples.foreign(.household, for: office))
        let history = try fixture.workspace.history(of: .household(mine))
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/households/\(mine)/history", client)
            #expect(page.status == .ok && page.text.contains("data-print"))
            for entry in history.entries { #expect(page.text.contains(entry.visit.demandID)) }
            let csv = try await fixture.browser("office-a").get("/office/households/\(mine)/history.csv", client)
            #expect(csv.status == .ok && csv.text.split(separator: "\n").count == history.entries.count + 1)

            for path in ["/office/households/\(theirs)/history", "/office/households/\(theirs)/history.csv"] {
                let refused = try await fixture.browser("office-a").get(path, client)
                #expect(refused.status == .notFound, "\(path)")
                #expect(!refused.text.contains(theirs) || !refused.text.contains("<td>"))
            }
            let admin = try await fixture.browser("admin").get("/office/households/\(theirs)/history", client)
            #expect(admin.status == .ok)

            let other = try #require(samples.foreign(.community, for: office))
            for path in ["/office/households/\(mine)/history", "/office/households/\(mine)/history.csv"] {
                let foreign = try await fixture.browser("office-a").get("\(path)?community=\(other)", client)
                #expect(foreign.status == .notFound, "\(path)?community=: like every office route with another community")
                let own = try await fixture.browser("office-a").get("\(path)?community=\(office.communityID ?? "")", client)
                #expect(own.status == .ok, "\(path)")
            }
        }
    }

    // MARK: Toolbar

    @Test func theAbsencesAndRecordsPagesShareTheOfficeToolbarWithTheirOwnDownload() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let week = fixture.week.description
        try await fixture.test { client in
            let records = try await fixture.browser("office-a").get("/office/records?week=\(week)", client)
            #expect(records.status == .ok && records.text.contains("<select name=\"week\" data-autosubmit>"))
            #expect(records.text.contains("href=\"/office/records.csv?week=\(week)\" download") && records.text.contains("data-print"))
            #expect(!records.text.contains("<select name=\"community\""), "an office does not pick its community")

            let absences = try await fixture.browser("office-a").get("/office/absences?week=\(week)", client)
            #expect(absences.status == .ok && absences.text.contains("<select name=\"week\" data-autosubmit>"))
            #expect(!absences.text.contains("data-print") && !absences.text.contains("/office/records.csv"))

            let admin = try await fixture.browser("admin").get("/office/absences?week=\(week)", client)
            #expect(admin.status == .ok && admin.text.contains("<select name=\"community\" data-autosubmit>"))
        }
    }
}
