import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct SheetTests {
    /// SampleData imported into a fresh database and rostered for Demo.week.
    static func sample() throws -> (TemporaryFolder, Workspace, Roster, Dataset) {
        let folder = try TemporaryFolder()
        let workspace = Workspace(databasePath: folder.path("sample.sqlite"))
        _ = try workspace.importDataset(from: [SampleDataTests.sampleData])
        let roster = try workspace.roster(RosterRequest(week: Demo.week, options: KitFixture.quick)).roster
        return (folder, workspace, roster, try workspace.dataset())
    }

    /// The worker and day of SampleData's roster with the most visits.
    static func busiestWorkerDay(_ roster: Roster) throws -> (worker: String, day: Day) {
        let counts = Dictionary(grouping: roster.assignments) { "\($0.workerID) \($0.date)" }
        let best = try #require(counts.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value.first)
        return (best.workerID, best.date)
    }

    @Test func aWorkersDaySheetOfSampleDataReadsTimeAddressCommunityItemMinutesPrice() throws {
        let (folder, workspace, roster, dataset) = try Self.sample()
        defer { withExtendedLifetime(folder) {} }
        let (workerID, day) = try Self.busiestWorkerDay(roster)
        let sheet = try workspace.sheet(SheetRequest(week: Demo.week, subject: .worker(workerID), day: day))
        let lines = sheet.lines
        let visits = roster.assignments.filter { $0.workerID == workerID && $0.date == day }.sorted { $0.start < $1.start }
        #expect(visits.count >= 2)
        var previousLine = -1
        for visit in visits {
            let demand = try #require(dataset.demands.first { $0.id == visit.demandID })
            let household = try #require(dataset.households.first { $0.id == demand.householdID })
            let community = try #require(dataset.communities.first { $0.id == household.communityID })
            let item = try #require(dataset.menu.inForce(on: day).first { $0.enterpriseID == visit.enterpriseID && $0.itemCode == visit.itemCode })
            let address = try #require(household.address)
            let i = try #require(lines.firstIndex { $0.contains("\(visit.start)–\(visit.end)") && $0.contains(address) })
            #expect(i > previousLine, "visits in time order")
            previousLine = i
            let fields = ["\(visit.start)–\(visit.end)", address, community.name, item.name,
                          "\(visit.end.minutes - visit.start.minutes)", visit.price.description]
            var from = lines[i].startIndex
            for field in fields {
                let found = try #require(lines[i].range(of: field, range: from..<lines[i].endIndex), "\(field) after the previous field in \(lines[i])")
                from = found.upperBound
            }
        }
        let worker = try #require(dataset.workers.first { $0.id == workerID })
        #expect(lines[0].contains(worker.name))
        #expect(lines.contains { $0.contains("enterprise") && $0.contains(worker.enterpriseID) })
        #expect(lines.contains { $0.contains("base point") && $0.contains(worker.pointID) })
        #expect(lines.contains { $0.contains("leave home") })
        #expect(lines.contains { $0.contains("home:") })
    }

    @Test func theDayTotalAddsUpTheVisitsAndEveryLeg() throws {
        let (folder, workspace, roster, dataset) = try Self.sample()
        defer { withExtendedLifetime(folder) {} }
        let (workerID, day) = try Self.busiestWorkerDay(roster)
        let sheet = try workspace.sheet(SheetRequest(week: Demo.week, subject: .worker(workerID), day: day))
        let d = try #require(sheet.days.first)
        let worker = try #require(dataset.workers.first { $0.id == workerID })
        let places = d.visits.map { v in dataset.households.first { $0.id == v.householdID }!.location }
        let stops = [worker.home] + places + [worker.home]
        let expected = zip(stops, stops.dropFirst()).reduce(0) { $0 + $1.0.travelMinutes(to: $1.1) }
        #expect(d.travelMinutes == expected)
        #expect(d.amount.value == roster.assignments.filter { $0.workerID == workerID && $0.date == day }.reduce(0) { $0 + $1.price.value })
        #expect(sheet.lines.contains { $0.hasPrefix("  day total: \(d.visits.count) visits") })
    }

    @Test func aHouseholdsWeekListsItsVisitsAndItsUnmetVisits() throws {
        let (folder, workspace, roster, dataset) = try Self.sample()
        defer { withExtendedLifetime(folder) {} }
        let unmet = try #require(roster.unmet.first)
        let householdID = try #require(dataset.demands.first { $0.id == unmet.demandID }?.householdID)
        let demandIDs = Set(dataset.demands.filter { $0.householdID == householdID }.map(\.id))
        let sheet = try workspace.sheet(SheetRequest(week: Demo.week, subject: .household(householdID)))
        #expect(sheet.days.flatMap(\.visits).count == roster.assignments.count { demandIDs.contains($0.demandID) })
        #expect(sheet.days.flatMap(\.unmet).count == roster.unmet.count { demandIDs.contains($0.demandID) })
        #expect(sheet.lines.contains { $0.hasPrefix("  not served:") && $0.hasSuffix(unmet.reason.rawValue) })
        let tables = sheet.lines.count { $0.hasPrefix("  time ") }
        #expect(tables == sheet.days.count { !$0.visits.isEmpty }, "a visits table only on days with visits")
        let csv = sheet.csvText
        #expect(csv.hasPrefix("\u{FEFF}date,start,end,worker_name,enterprise_name,item_name,minutes,price,worker_id,demand_id,status\n"))
        #expect(csv.contains(",\(unmet.demandID),\(unmet.reason.rawValue)\n"))
    }

    @Test func theCSVFileHasTheByteOrderMarkAndOneRowAVisit() throws {
        let (folder, workspace, roster, _) = try Self.sample()
        let (workerID, _) = try Self.busiestWorkerDay(roster)
        let sheet = try workspace.sheet(SheetRequest(week: Demo.week, subject: .worker(workerID)))
        let path = folder.path("sheet-\(workerID).csv")
        try workspace.writeSheet(sheet, csv: true, to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(rows.count == 1 + roster.assignments.count { $0.workerID == workerID })
        #expect(rows[0] == "\u{FEFF}date,start,end,address,community,item_name,minutes,price,household_id,demand_id,travel_km,travel_minutes")
    }

    @Test func anUnknownWorkerOrADayOutsideTheWeekIsAnError() throws {
        let (folder, workspace, _, _) = try Self.sample()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: KitError.unknownWorker("W-nobody")) {
            try workspace.sheet(SheetRequest(week: Demo.week, subject: .worker("W-nobody")))
        }
        #expect(throws: KitError.unknownHousehold("H-nobody")) {
            try workspace.sheet(SheetRequest(week: Demo.week, subject: .household("H-nobody")))
        }
        let outside = Demo.week.monday.adding(days: 7)
        #expect(throws: KitError.dayOutsideWeek(day: outside, week: Demo.week)) {
            try workspace.sheet(SheetRequest(week: Demo.week, subject: .worker("W-nobody"), day: outside))
        }
    }
}
