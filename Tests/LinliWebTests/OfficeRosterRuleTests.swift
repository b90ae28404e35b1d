import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@testable import LinliWeb

/// What an office may roster (`OfficeRosterRule`): never a published week afresh (it replans it), and only a
/// week that holds a visit of its own community's demands; an admin rosters any week.
@Suite("Office roster rule")
struct OfficeRosterRuleTests {
    @Test func anOfficeCannotRerosterAPublishedWeekButAnAdminCan() async throws {
        let fixture = try ConsoleFixture()
        let week = fixture.week
        let before = try #require(try fixture.workspace.publishedRunID(week: week))
        let location = try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/absences?week=\(week)", client)
            #expect(page.status == .ok)
            #expect(!page.text.contains("value=\"roster\""), "the page offers no roster button for a published week")
            #expect(page.text.contains("value=\"replan\""))
            let refused = try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("replan from a day"))
            #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty, "nothing is queued")

            let admin = try await fixture.browser("admin").get("/office/absences?week=\(week)", client)
            #expect(admin.text.contains("value=\"roster\""))
            return try await fixture.browser("admin").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                .headers[.location] ?? ""
        }
        #expect(try fixture.workspace.auditLog().filter { $0.action == "roster" }.count == 1)
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let job = try #require(try await fixture.console.jobs.finished(id))
        #expect(job.state == .done)
        let after = try #require(try fixture.workspace.publishedRunID(week: week))
        #expect(after != before && after == job.outcome?.runID)
    }

    @Test func anOfficeRostersOnlyAWeekHoldingVisitsOfItsOwnCommunity() async throws {
        // Community a's demands end with the fixture's week; the other communities' go on.
        var first = ""
        let fixture = try ConsoleFixture { dataset in
            first = dataset.communities.map(\.id).min() ?? ""
            let households = Set(dataset.households.filter { $0.communityID == first }.map(\.id))
            let monday = Fixtures.week.monday, end = Fixtures.week.days[6]
            for i in dataset.demands.indices where households.contains(dataset.demands[i].householdID) {
                switch dataset.demands[i].recurrence {
                case .weekly:
                    dataset.demands[i].activeFrom = dataset.demands[i].activeFrom.map { min($0, monday) }
                    dataset.demands[i].activeUntil = min(dataset.demands[i].activeUntil ?? end, end)
                case .once:
                    dataset.demands[i].date = dataset.demands[i].date.map { min($0, end) }
                }
            }
        }
        #expect(try fixture.account("office-a").communityID == first)
        let later = fixture.week.next.next
        let weeks = try fixture.workspace.publishedWeeks()
        try await fixture.test { client in
            for week in [later.description, "2999-W52"] {
                let refused = try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                #expect(refused.status == .unprocessableContent, "\(week)")
                #expect(refused.text.contains("no demand visits of the community"))
                let page = try await fixture.browser("office-a").get("/office/absences?week=\(week)", client)
                #expect(!page.text.contains("value=\"roster\""))
            }
            #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty, "nothing is queued")
            let other = try await fixture.browser("office-b").post("/office/roster?week=\(fixture.week.next)", client, fields: [("mode", "roster")])
            #expect(other.status == .seeOther, "a week with visits of the office's community may be rostered")
            let id = try #require(Int((other.headers[.location] ?? "").dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
            #expect(try await fixture.console.jobs.finished(id)?.state == .done)
        }
        #expect(try fixture.workspace.publishedWeeks() == weeks + [fixture.week.next])
    }

    /// Two roster jobs of one unpublished week queued before either ran (two clicks, or two offices): the first
    /// publishes, the second finds the week published when it runs and fails saying so, publishing nothing.
    @Test func aSecondQueuedRosterOfAWeekDoesNotRosterItAgain() async throws {
        let fixture = try ConsoleFixture()
        let week = try #require(try fixture.workspace.publishedWeeks().max()).next
        let ids = try await fixture.test { client in
            var ids: [Int] = []
            for office in ["office-a", "office-b"] {
                let queued = try await fixture.browser(office).post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                #expect(queued.status == .seeOther, "\(office): the week is not yet published when the job is queued")
                ids.append(try #require(Int((queued.headers[.location] ?? "").dropFirst("/office/jobs/".count).prefix { $0.isNumber })))
            }
            return ids
        }
        var jobs: [BackgroundJob] = []
        for id in ids { jobs.append(try #require(try await fixture.console.jobs.finished(id))) }
        #expect(jobs.map(\.state.rawValue).sorted() == ["done", "failed"])
        let published = try #require(try fixture.workspace.publishedRunID(week: week))
        #expect(jobs.first { $0.state == .done }?.outcome?.runID == published)
        #expect(try fixture.workspace.runs(week: week).map(\.id) == [published], "the week was rostered once")
    }

    /// Demands that never end hold visits in every week to come: an office still rosters only this week and the
    /// next one, counted from today, so a far-off week never becomes everyone's default — not even by rostering
    /// each next week in turn, which a rule counted from the latest published week let a clerk do.
    @Test func anOfficeRostersNoFurtherThanTheWeekAfterTheCurrentOne() async throws {
        let fixture = try ConsoleFixture()
        let current = fixture.week
        try await fixture.test { client in
            for week in [current.next.next.description, "2999-W52"] {
                let refused = try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                #expect(refused.status == .unprocessableContent, "\(week)")
                #expect(refused.text.contains("this week and the next one"), "\(week): \(refused.text.prefix(300))")
            }
            #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty, "nothing is queued")
            let next = try await fixture.browser("office-a").post("/office/roster?week=\(current.next)", client, fields: [("mode", "roster")])
            #expect(next.status == .seeOther)
            let id = try #require(Int((next.headers[.location] ?? "").dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
            #expect(try await fixture.console.jobs.finished(id)?.state == .done)
            let stepped = try await fixture.browser("office-a").post(
                "/office/roster?week=\(current.next.next)", client, fields: [("mode", "roster")])
            #expect(stepped.status == .unprocessableContent, "the week after a newly published next week is still too far")
        }
        #expect(try fixture.workspace.publishedWeeks().max() == current.next)
    }

    /// The fixture's clock stands in its week: an office rosters no earlier week, an admin does.
    @Test func anOfficeRostersNoWeekBeforeTheCurrentOneButAnAdminMay() async throws {
        let fixture = try ConsoleFixture()
        let past = fixture.week.previous
        let weeks = try fixture.workspace.publishedWeeks()
        try await fixture.test { client in
            for week in [past.description, "2000-W01"] {
                let refused = try await fixture.browser("office-a").post("/office/roster?week=\(week)", client, fields: [("mode", "roster")])
                #expect(refused.status == .unprocessableContent, "\(week)")
                #expect(refused.text.contains("a past week"), "\(week): \(refused.text.prefix(300))")
                let page = try await fixture.browser("office-a").get("/office/absences?week=\(week)", client)
                #expect(!page.text.contains("value=\"roster\""), "\(week)")
            }
            #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty, "nothing is queued")
            #expect(try fixture.workspace.publishedWeeks() == weeks)
            let admin = try await fixture.browser("admin").post("/office/roster?week=\(past)", client, fields: [("mode", "roster")])
            #expect(admin.status == .seeOther)
            let id = try #require(Int((admin.headers[.location] ?? "").dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
            #expect(try await fixture.console.jobs.finished(id)?.state == .done)
        }
    }

    /// Replanning from a day before today would rewrite visits of every community that are history: an office
    /// replans from today on, and records a sick call from today on (an absence wholly past is refused, one that
    /// began before today is stored from today), an admin from any day.
    @Test func anOfficeReplansOnlyFromToday() async throws {
        let fixture = try ConsoleFixture()
        let week = fixture.week, monday = week.monday, tuesday = week.days[1], today = week.days[2]
        let office = try fixture.account("office-a")
        let serving = try fixture.workspace.workersServing(community: office.communityID ?? "", week: week)
        let worker = try #require(serving.first), other = try #require(serving.dropFirst().first)
        let before = try #require(try fixture.workspace.publishedRunID(week: week))
        try await fixture.test { client in
            let page = try await fixture.browser("office-a").get("/office/absences?week=\(week)", client)
            #expect(!page.text.contains("value=\"\(monday)\""), "the replan picker offers no past day")
            #expect(page.text.contains("value=\"\(today)\""))
            let refused = try await fixture.browser("office-a").post(
                "/office/roster?week=\(week)", client, fields: [("mode", "replan"), ("from", monday.description)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("a past day"))
            let past = try await fixture.browser("office-a").post(
                "/office/absences?week=\(week)", client,
                fields: [("worker", worker.id), ("from", monday.description), ("until", tuesday.description)])
            #expect(past.status == .unprocessableContent && past.text.contains("a past absence"))
            let unpublished = try await fixture.browser("office-a").post(
                "/office/roster?week=\(week.next)", client, fields: [("mode", "replan"), ("from", week.next.monday.description)])
            #expect(unpublished.status == .unprocessableContent && unpublished.text.contains("no published roster to replan"))
            #expect(fixture.console.jobs.jobs(visibleTo: .all).isEmpty, "nothing is queued")
        }
        #expect(try fixture.workspace.publishedRunID(week: week) == before)
        #expect(try fixture.workspace.absences(community: office.communityID ?? "", week: week).isEmpty, "a wholly past absence is not stored")
        let location = try await fixture.test { client in
            try await fixture.browser("office-a").post(
                "/office/absences?week=\(week)", client,
                fields: [("worker", other.id), ("from", monday.description), ("until", week.days[3].description)])
                .headers[.location] ?? ""
        }
        let id = try #require(Int(location.dropFirst("/office/jobs/".count).prefix { $0.isNumber }))
        let job = try #require(try await fixture.console.jobs.finished(id))
        #expect(job.state == .done)
        #expect(job.title.contains("自 \(today) 起"), "a sick call that began before today replans from today: \(job.title)")
        let stored = try fixture.workspace.absences(community: office.communityID ?? "", week: week)
        #expect(stored.map(\.from) == [today] && stored.map(\.until) == [week.days[3]], "stored from today: \(stored)")
        try await fixture.test { client in
            let admin = try await fixture.browser("admin").post(
                "/office/roster?week=\(week)", client, fields: [("mode", "replan"), ("from", monday.description)])
            #expect(admin.status == .seeOther, "an admin replans from any day")
        }
    }
}
