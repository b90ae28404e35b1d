import Foundation
import LinliModel
import Testing

@testable import LinliDataset

@Suite struct RosterFilesTests {
    static let week = ISOWeek(year: 2026, week: 48)!

    static func roster(upperBound: Double?) -> Roster {
        let monday = week.monday
        let a = Assignment(
            demandID: "D1", date: monday, start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 600), workerID: "W1",
            enterpriseID: "E1", itemCode: "ELDER", price: Fen(12100)
        )
        let unmet = [UnmetVisit(demandID: "D2", date: monday.adding(days: 2), reason: .noTime)]
        let summary = RosterSummary(
            week: week, parts: ScoreBreakdown(weightedMinutes: 240, routeKm: 1.5, continuityDemands: 1, preferredVisits: 1),
            assignedVisits: 1, unmetVisits: 1, demandedWeightedMinutes: 480, unmetByReason: [.noTime: 1],
            upperBound: upperBound, seconds: 0.25
        )
        return Roster(week: week, options: RunOptions(includeIntermediary: true, seed: 42), assignments: [a], unmet: unmet, summary: summary)
    }

    @Test func writesRosterUnmetAndSummaryFilesWithReadableColumns() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        var dataset = try Fixture().importing().dataset
        dataset.households[0].address = "翠苑一区 12幢 3单元 402"
        try RosterFiles.write(Self.roster(upperBound: nil), dataset: dataset, to: folder.file("export"))
        #expect(folder.read("export/roster.csv") == """
            \u{FEFF}demand_id,date,start,end,worker_id,enterprise_id,item_code,price,worker_name,enterprise_name,\
            household_id,community_id,community,address,item_name,category,minutes,priority_group
            D1,2026-11-23,08:00,10:00,W1,E1,ELDER,121.00,王芳,安心家政,H1,C1,翠苑一区,翠苑一区 12幢 3单元 402,养老护理,\
            elder_care,120,elderly_alone

            """)
        #expect(folder.read("export/unmet.csv") == """
            \u{FEFF}demand_id,date,reason,household_id,community_id,community,address,category,minutes,priority_group
            D2,2026-11-25,no_time,H2,C2,"Xixi, ""North"" 区",,cleaning,120,none

            """)
        #expect(folder.read("export/summary.json").hasPrefix("{"))
    }

    @Test func readableCellsOfRowsMissingFromTheDatasetStayEmpty() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        try RosterFiles.write(Self.roster(upperBound: nil), dataset: Dataset(), to: folder.file("export"))
        #expect(folder.read("export/roster.csv").contains("\nD1,2026-11-23,08:00,10:00,W1,E1,ELDER,121.00,,,,,,,,,120,\n"))
    }

    @Test func summaryHoldsEveryFieldWithSortedKeysAndNulls() throws {
        let json = RosterFiles.summaryJSON(Self.roster(upperBound: nil))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let keys = [
            "assigned_visits", "balance", "bound_gap", "continuity", "continuity_demands", "demanded_weighted_minutes", "fill_rate", "include_intermediary", "last_week_run", "phases", "preferred_visits", "relationship_possible", "relationship_rate", "relationship_visits", "route_km", "score", "seconds", "seed", "stopped_by", "unmet_by_reason", "unmet_visits", "upper_bound", "upper_bound_method", "utilisation_by_worker", "utilisation_mean", "utilisation_sd",
            "week", "weighted_minutes",
        ]
        #expect(object.keys.sorted() == keys)
        #expect(object["upper_bound"] is NSNull && object["bound_gap"] is NSNull)
        #expect(object["last_week_run"] is NSNull)
        #expect(object["phases"] is NSNull)
        #expect(object["continuity"] as? Bool == true)
        #expect(object["relationship_rate"] as? Double == 1)
        #expect(object["week"] as? String == "2026-W48")
        #expect(object["fill_rate"] as? Double == 0.5)
        let score = try #require(object["score"] as? Double)
        #expect(abs(score - (240 - 2 * 1.5 + 60 + 30)) < 1e-9)
        #expect(object["seed"] as? Int == 42)
        #expect(object["include_intermediary"] as? Bool == true)
        let reasons = try #require(object["unmet_by_reason"] as? [String: Int])
        #expect(reasons == ["no_menu": 0, "over_budget": 0, "no_qualified_worker": 0, "no_time": 1, "outcompeted": 0, "past": 0])
        let positions = keys.compactMap { json.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains("\n  \""))
    }

    @Test func summaryShowsWhereTheTimeWentButNotTheStore() throws {
        var roster = Self.roster(upperBound: nil)
        roster.summary.phases = PhaseTimings(load: 0.5, compile: 0.25, construction: 0.125, search: 1.5, bound: 0.0625, finish: 0.03125, store: 7)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(RosterFiles.summaryJSON(roster).utf8)) as? [String: Any])
        let phases = try #require(object["phases"] as? [String: Double])
        #expect(phases == ["load": 0.5, "compile": 0.25, "construction": 0.125, "search": 1.5, "bound": 0.0625, "finish": 0.03125])
    }

    @Test func summaryShowsTheBoundWhenKnown() throws {
        let json = RosterFiles.summaryJSON(Self.roster(upperBound: 400))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["upper_bound"] as? Double == 400)
        #expect(object["bound_gap"] as? Double == (400 - 327) / 400.0)
        #expect(object["upper_bound_method"] as? String == "flow")
        #expect(object["stopped_by"] as? String == "budget")
    }

    @Test func summaryCarriesTheWorkloadFigures() throws {
        var roster = Self.roster(upperBound: nil)
        roster.summary.workload = Workload(utilisationMean: 0.625, utilisationSD: 0.25, byWorker: [
            WorkerUtilisation(workerID: "W1", serviceMinutes: 330, availableMinutes: 880),
            WorkerUtilisation(workerID: "W2", serviceMinutes: 1_650, availableMinutes: 1_870),
        ])
        roster.options.balance = true
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(RosterFiles.summaryJSON(roster).utf8)) as? [String: Any])
        #expect(object["utilisation_mean"] as? Double == 0.625)
        #expect(object["utilisation_sd"] as? Double == 0.25)
        #expect(object["balance"] as? Bool == true)
        let workers = try #require(object["utilisation_by_worker"] as? [[String: Any]])
        #expect(workers.map { $0["worker_id"] as? String } == ["W1", "W2"])
        #expect(workers.map { $0["service_minutes"] as? Int } == [330, 1_650])
        #expect(workers.map { $0["available_minutes"] as? Int } == [880, 1_870])
        let rates = workers.compactMap { $0["utilisation"] as? Double }
        #expect(rates.count == 2 && abs(rates[0] - 0.375) < 1e-12 && abs(rates[1] - 1_650.0 / 1_870) < 1e-12)
    }

    @Test func summarySaysWhenTheClockEndedTheSearch() throws {
        var roster = Self.roster(upperBound: 500)
        roster.summary.stoppedBy = .clock
        roster.summary.boundMethod = .servable
        let json = RosterFiles.summaryJSON(roster)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["stopped_by"] as? String == "clock")
        #expect(object["upper_bound_method"] as? String == "servable")
    }

    @Test func readsPins() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("pins.csv", "demand_id,date,worker_id,start\nD1,2026-11-23,W1,08:00\nD2,2026-11-25,W2,\n")
        let pins = try RosterFiles.readPins(path)
        #expect(pins == [
            Pin(demandID: "D1", date: Self.week.monday, workerID: "W1", start: TimeOfDay(minutes: 480)),
            Pin(demandID: "D2", date: Self.week.monday.adding(days: 2), workerID: "W2"),
        ])
    }

    @Test func badPinsAreAllReported() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("my-pins.csv", "demand_id,date,worker_id\nD1,2026-11-31,W1\nD1,2026-11-23,W 1\nD2,2026-11-23,W1\nD2,2026-11-23,W2\n")
        let error = try #require(throws: DiagnosticsError.self) { try RosterFiles.readPins(path) }
        #expect(error.errors.map { "\($0.file):\($0.line):\($0.column)" } == [
            "my-pins.csv:2:date", "my-pins.csv:3:worker_id", "my-pins.csv:5:date",
        ])
    }
}
