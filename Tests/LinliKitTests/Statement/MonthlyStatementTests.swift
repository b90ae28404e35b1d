import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// The monthly statement: which records count, its breakdowns, the priority share and its JSON.
@Suite struct MonthlyStatementTests {
    static let november = ReviewWindow(month: "2026-11")!
    static let statuses: [ServiceStatus] = [.done, .done, .workerNoShow, .done, .householdCancelled, .householdAbsent]
    static let dates = [Day(year: 2026, month: 11, day: 1)!, Day(year: 2026, month: 11, day: 30)!,
                        Day(year: 2026, month: 10, day: 31)!, Day(year: 2026, month: 12, day: 1)!, Day(year: 2026, month: 11, day: 17)!]

    /// A generated district with records of every status on days in and around November.
    static func dataset() -> Dataset {
        var dataset = Fixtures.generated(.small, seed: 5)
        dataset.serviceRecords = dataset.demands.prefix(90).enumerated().map { i, demand in
            let worker = dataset.workers[i % dataset.workers.count]
            let status = statuses[i % statuses.count]
            return ServiceRecord(
                demandID: demand.id, date: dates[i % dates.count], workerID: worker.id, status: status,
                started: status == .done ? TimeOfDay(minutes: 480 + i) : nil,
                ended: status == .done ? TimeOfDay(minutes: 540 + 2 * i) : nil,
                price: status == .done ? Fen(1000 + 37 * i) : nil)
        }
        return dataset
    }

    static func inNovember(_ r: ServiceRecord) -> Bool { r.status == .done && november.from <= r.date && r.date <= november.until }

    @Test func totalsAreTheDoneRecordsOfTheMonthOnly() {
        let dataset = Self.dataset()
        let counted = dataset.serviceRecords.filter(Self.inNovember)
        #expect(counted.count > 0 && counted.count < dataset.serviceRecords.count)
        let s = MonthlyStatement(window: Self.november, dataset: dataset)
        #expect(s.month == "2026-11")
        #expect(s.totals.visits == counted.count)
        #expect(s.totals.amount.value == counted.reduce(0) { $0 + ($1.price?.value ?? 0) })
        #expect(s.totals.minutes == counted.reduce(0) { $0 + $1.ended!.minutes - $1.started!.minutes })
    }

    @Test func everyBreakdownSumsToTheTotalsAndIsSortedById() {
        let s = MonthlyStatement(window: Self.november, dataset: Self.dataset())
        for lines in [s.byEnterprise, s.byWorker, s.byCommunity] {
            #expect(lines.count > 1)
            #expect(lines.map(\.id) == lines.map(\.id).sorted())
            #expect(lines.reduce(0) { $0 + $1.visits } == s.totals.visits)
            #expect(lines.reduce(0) { $0 + $1.minutes } == s.totals.minutes)
            #expect(lines.reduce(0) { $0 + $1.amount.value } == s.totals.amount.value)
        }
        #expect(s.byWorker.allSatisfy { !$0.name.isEmpty })
    }

    @Test func thePriorityAmountIsWhatPriorityHouseholdsPaid() {
        var dataset = Self.dataset()
        for i in dataset.households.indices { dataset.households[i].priorityGroup = i % 3 == 0 ? .elderlyAlone : .none }
        let household = Dictionary(uniqueKeysWithValues: dataset.households.map { ($0.id, $0) })
        let demandHousehold = Dictionary(uniqueKeysWithValues: dataset.demands.map { ($0.id, $0.householdID) })
        let expected = dataset.serviceRecords.filter(Self.inNovember)
            .filter { household[demandHousehold[$0.demandID]!]!.priorityGroup != .none }
            .reduce(0) { $0 + $1.price!.value }
        let s = MonthlyStatement(window: Self.november, dataset: dataset)
        #expect(expected > 0 && expected < s.totals.amount.value)
        #expect(s.priorityAmount.value == expected)
        #expect(abs(s.priorityShare - Double(expected) / Double(s.totals.amount.value)) < 1e-12)
    }

    @Test func enterpriseAndWorkerLinesCarryTheirRatingsCommunitiesNone() throws {
        var dataset = Self.dataset()
        for i in dataset.serviceRecords.indices where dataset.serviceRecords[i].status == .done {
            dataset.serviceRecords[i].stars = 1 + i % 5
        }
        let ratings = Ratings(dataset: dataset)
        let s = MonthlyStatement(window: Self.november, dataset: dataset)
        #expect(s.byWorker.allSatisfy { $0.rating == ratings.worker($0.id) })
        #expect(s.byEnterprise.allSatisfy { $0.rating == ratings.enterprise($0.id) })
        #expect(s.byWorker.contains { ($0.rating?.evaluations ?? 0) > 0 })
        #expect(s.byCommunity.allSatisfy { $0.rating == nil })
        let json = try s.json()
        #expect(json.contains("\"evaluations\""))
    }

    @Test func aMonthWithoutRecordsHasZeroTotals() {
        let s = MonthlyStatement(window: ReviewWindow(month: "2025-02")!, dataset: Self.dataset())
        #expect(s.totals.visits == 0 && s.totals.amount.value == 0 && s.priorityShare == 0)
        #expect(s.byWorker.isEmpty)
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let s = MonthlyStatement(window: Self.november, dataset: Self.dataset())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(s.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["month", "visits", "minutes", "amount_fen", "priority_amount_fen",
                                     "by_enterprise", "by_worker", "by_community"])
        #expect(object["amount_fen"] as? Int == s.totals.amount.value)
        let rows = [("by_enterprise", "enterprise_id"), ("by_worker", "worker_id"), ("by_community", "community_id")]
        for (key, id) in rows {
            let list = try #require(object[key] as? [[String: Any]])
            #expect(list.allSatisfy { $0[id] is String && $0["visits"] is Int && $0["minutes"] is Int && $0["amount_fen"] is Int })
        }
    }

    @Test(arguments: ["2026-13", "2026-1", "26-11", "2026-11-01", "November"])
    func aMalformedMonthIsNoMonth(_ text: String) {
        #expect(ReviewWindow(month: text) == nil)
    }
}
