import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliSynth
import LinliTestSupport
import Testing

@testable import LinliWeb

@Suite("Office roster and unmet pages")
struct OfficeRosterTests {
    @Test func theRosterPageShowsEveryVisitOfTheCommunityAndNoOther() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let roster = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: nil)).roster
        let lookup = DatasetLookup(fixture.dataset)
        let ours = roster.assignments.filter { lookup.household(ofDemand: $0.demandID)?.communityID == office.communityID }
        #expect(!ours.isEmpty)
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").get("/office/roster?week=\(fixture.week)&day=all", client)
            #expect(response.status == .ok)
            let rows = response.text.components(separatedBy: "<td class=\"time\">").count - 1
            #expect(rows == ours.count)
            for a in ours {
                let household = try #require(lookup.household(ofDemand: a.demandID))
                #expect(response.text.contains(household.id))
                #expect(response.text.contains("\(a.start)–\(a.end)"))
            }
        }
    }

    @Test func eachDayTabShowsThatDaysVisitsOnly() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let roster = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: office.communityID))
        try await fixture.test { client in
            let browser = try fixture.browser("office-a")
            for day in fixture.week.days {
                let response = try await browser.get("/office/roster?week=\(fixture.week)&day=\(day)", client)
                #expect(response.status == .ok)
                let expected = roster.roster.assignments.filter { $0.date == day }.count
                #expect(response.text.components(separatedBy: "<td class=\"time\">").count - 1 == expected, "\(day)")
                #expect(response.text.contains("aria-current=\"page\">\(OfficeRosterPage.weekdayName(day.weekday))"), "\(day)")
            }
            let opened = try await browser.get("/office/roster?week=\(fixture.week)", client)
            #expect(opened.text.components(separatedBy: "<td class=\"time\">").count > 1, "the page opens on a day with visits")
            #expect(opened.text.contains("<span class=\"account\">office-a</span>"), "the layout names the account")
            for bad in ["2026-12-25", "tomorrow", "2026-13-01"] {
                #expect(try await browser.get("/office/roster?week=\(fixture.week)&day=\(bad)", client).status == .badRequest, "\(bad)")
            }
        }
    }

    @Test func aNewRunOrANewImportIsShownNotTheRenderedPageOfTheOldOne() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let path = "/office/roster?week=\(fixture.week)&day=all"
        try await fixture.test { client in
            let browser = try fixture.browser("office-a")
            let before = try await browser.get(path, client).text
            _ = try await browser.get(path, client)
            #expect(fixture.console.rosterTables.count == 1)

            _ = try fixture.workspace.roster(RosterRequest(week: fixture.week, options: RunOptions(seed: 2, timeLimit: 0.05)))
            let roster = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: office.communityID))
            let after = try await browser.get(path, client).text
            #expect(fixture.console.rosterTables.count == 2)
            let times = { (text: String) in text.components(separatedBy: "<td class=\"time\">").count - 1 }
            #expect(times(after) == roster.roster.assignments.count)
            #expect(times(before) > 0)

            var changed = fixture.dataset
            let demandID = try #require(roster.roster.assignments.first?.demandID)
            let householdID = try #require(changed.demands.first { $0.id == demandID }?.householdID)
            let index = try #require(changed.households.firstIndex { $0.id == householdID })
            changed.households[index].address = "新地址 99 号 (moved)"
            let folder = fixture.folder.path("changed-\(UUID().uuidString)")
            try DatasetWriter.write(changed, to: folder)
            _ = try fixture.workspace.importDataset(from: [folder])
            #expect(try await browser.get(path, client).text.contains("新地址 99 号 (moved)"))
            #expect(fixture.console.rosterTables.count == 3)
        }
    }

    @Test func theHomePageSendsAnOfficeToItsRoster() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").get("/", client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/office/roster")
        }
    }

    @Test func theRosterCSVIsExportRosterFilteredToTheCommunity() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let exported = fixture.folder.path("export-\(UUID().uuidString)")
        try fixture.workspace.exportRoster(week: fixture.week, to: exported)
        let lines = try String(contentsOfFile: exported + "/roster.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        let communityColumn = try #require(RosterFiles.rosterColumns.firstIndex(of: "community_id"))
        let expected = [lines[0]] + lines.dropFirst().filter {
            $0.split(separator: ",", omittingEmptySubsequences: false)[communityColumn] == office.communityID ?? ""
        }
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").get("/office/roster.csv?week=\(fixture.week)", client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.headers[.contentDisposition]?.contains("roster-\(fixture.week)-") == true)
            #expect(response.text.hasPrefix("\u{FEFF}"))
            let unmarked = { (line: String) in line.hasPrefix("\u{FEFF}") ? String(line.dropFirst()) : line }
            #expect(Set(response.text.split(separator: "\n").map { unmarked(String($0)) }) == Set(expected.map(unmarked)))
        }
    }

    @Test func theUnmetPageGivesAReasonAndAHintForEveryUnmetVisit() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let office = try fixture.account("office-a")
        let unmet = try #require(try fixture.workspace.communityRoster(week: fixture.week, communityID: office.communityID)).roster.unmet
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").get("/office/unmet?week=\(fixture.week)", client)
            #expect(response.status == .ok)
            for reason in Set(unmet.map(\.reason)) {
                #expect(response.text.contains(UnmetAdvice.name(of: reason)))
                #expect(response.text.contains(reason.rawValue))
            }
            let csv = try await fixture.browser("office-a").get("/office/unmet.csv?week=\(fixture.week)", client)
            #expect(csv.status == .ok)
            #expect(csv.text.split(separator: "\n").count == unmet.count + 1)
        }
    }

    @Test func anAdminPicksTheCommunityAndAnUnknownOneIs404() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let other = try #require(try fixture.account("office-b").communityID)
        try await fixture.test { client in
            let admin = try fixture.browser("admin")
            let page = try await admin.get("/office/roster?week=\(fixture.week)&community=\(other)", client)
            #expect(page.status == .ok)
            #expect(page.text.contains("value=\"\(other)\" selected"))
            #expect(try await admin.get("/office/roster?community=C-NONE", client).status == .notFound)
            #expect(try await admin.get("/office/roster?week=2026-W99", client).status == .badRequest)
        }
    }

    @Test func noMenuHintNamesTheCategoryAndTheNearestOffer() throws {
        var dataset = Fixtures.generated(.tiny, seed: 1)
        let demand = try #require(dataset.demands.first)
        let household = try #require(dataset.households.first { $0.id == demand.householdID })
        let point = try #require(dataset.servicePoints.first)
        dataset.menu.removeAll { $0.category == demand.category && !point.enterpriseIDs.contains($0.enterpriseID) }
        let offered = dataset.menu.contains {
            $0.category == demand.category && $0.mode.admits(demand.mode) && demand.minutes >= $0.minMinutes
                && point.enterpriseIDs.contains($0.enterpriseID)
        }
        let hint = UnmetAdvice(dataset).hint(for: UnmetVisit(demandID: demand.id, date: Fixtures.monday, reason: .noMenu))
        #expect(hint.contains(demand.category.chineseName))
        if offered {
            let km = (point.location.distance(to: household.location) / 100).rounded() / 10
            #expect(hint.contains(point.name))
            #expect(hint.contains("\(km) 公里"))
        } else {
            #expect(hint.contains("全区没有企业提供"))
        }
    }
}
