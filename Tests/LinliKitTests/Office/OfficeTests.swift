import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// The community-scoped use cases behind the console's office pages: every one keeps to its community in
/// the query, and an upload outside it is refused at its line with nothing stored.
@Suite struct OfficeTests {
    /// A small district rostered for the fixture week, with the community of most households and another one.
    struct Rostered {
        let fixture: KitFixture
        let roster: Roster
        let community: String
        let other: String

        init() throws {
            fixture = try KitFixture.imported(.small, seed: 3)
            roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
            let counts = Dictionary(grouping: fixture.dataset.households, by: \.communityID).mapValues(\.count)
            let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            community = ranked[0]
            other = ranked[1]
        }

        var dataset: Dataset { fixture.dataset }
        var workspace: Workspace { fixture.workspace }

        func households(of community: String) -> Set<String> {
            Set(dataset.households.filter { $0.communityID == community }.map(\.id))
        }

        func demands(of community: String) -> [Demand] {
            let households = households(of: community)
            return dataset.demands.filter { households.contains($0.householdID) }
        }
    }

    static let demandHeader = DatasetFile.demands.columns.joined(separator: ",")

    /// A weekly demand row of `household` with id `id`.
    static func demandRow(_ id: String, household: String) -> String {
        "\(id),\(household),cleaning,order,60,weekly,2;4,,09:00,12:00,,,,"
    }

    static func bytes(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

    @Test func theDemandListHoldsOnlyTheCommunitysHouseholdsAndDemands() throws {
        let r = try Rostered()
        let list = try r.workspace.communityDemands(community: r.community)
        #expect(Set(list.households.map(\.id)) == r.households(of: r.community))
        #expect(list.demands.map(\.id) == r.demands(of: r.community).map(\.id).sorted())
        #expect(list.csvRows.map { $0.joined(separator: ",") }.joined(separator: "\n")
            == DatasetWriter.text(of: .demands, in: Dataset(demands: list.demands)).split(separator: "\n").dropFirst().joined(separator: "\n"))
    }

    @Test func anUploadOfTheCommunitysDemandsIsStored() throws {
        let r = try Rostered()
        let household = try #require(r.households(of: r.community).min())
        let existing = try #require(r.demands(of: r.community).first)
        var changed = existing
        changed.minutes = existing.minutes == 60 ? 90 : 60
        changed.mode = .order
        changed.windowStart = Fixtures.time("08:00")
        changed.windowEnd = Fixtures.time("20:00")
        let rows = DatasetWriter.text(of: .demands, in: Dataset(demands: [changed])).split(separator: "\n").map(String.init)
        let summary = try r.workspace.importDemands(
            Self.bytes(rows + [Self.demandRow("NEW-DEMAND-1", household: household)]), community: r.community)
        #expect(summary.wrote)
        #expect(summary.changes.first?.count == ChangeCount(added: 1, changed: 1, unchanged: 0))
        let stored = try r.workspace.communityDemands(community: r.community).demands
        #expect(stored.contains { $0.id == "NEW-DEMAND-1" && $0.householdID == household })
        #expect(stored.contains(changed))
    }

    @Test func aRowOfAnotherCommunitysHouseholdIsRefusedAtItsLineAndNothingIsStored() throws {
        let r = try Rostered()
        let mine = try #require(r.households(of: r.community).min())
        let theirs = try #require(r.households(of: r.other).min())
        let bytes = try r.fixture.databaseBytes()
        let error = try #require(throws: DiagnosticsError.self) {
            try r.workspace.importDemands(
                Self.bytes([Self.demandHeader, Self.demandRow("NEW-1", household: mine), Self.demandRow("NEW-2", household: theirs)]),
                community: r.community)
        }
        #expect(error.errors.count == 1)
        let problem = try #require(error.errors.first)
        #expect(problem.file == "demands.csv" && problem.line == 3 && problem.column == "household_id")
        #expect(problem.message.contains(theirs))
        #expect(try r.fixture.databaseBytes() == bytes, "nothing is stored, not even the good row")
        // Another community's household reads exactly like one that does not exist.
        let missing = try #require(throws: DiagnosticsError.self) {
            try r.workspace.importDemands(Self.bytes([Self.demandHeader, Self.demandRow("NEW-2", household: "H-NOBODY")]), community: r.community)
        }
        #expect(missing.errors.map(\.column) == ["household_id"])
        #expect(missing.errors.first?.message.replacingOccurrences(of: "H-NOBODY", with: theirs) == problem.message)
    }

    @Test func anotherCommunitysDemandIdCannotBeTakenOver() throws {
        let r = try Rostered()
        let mine = try #require(r.households(of: r.community).min())
        let theirs = try #require(r.demands(of: r.other).first)
        let error = try #require(throws: DiagnosticsError.self) {
            try r.workspace.importDemands(Self.bytes([Self.demandHeader, Self.demandRow(theirs.id, household: mine)]), community: r.community)
        }
        #expect(error.errors.map(\.column) == ["demand_id"])
        #expect(try r.workspace.dataset().demands.contains(theirs))
    }

    @Test func invalidRowsAreAllReportedWithTheirLocation() throws {
        let r = try Rostered()
        let mine = try #require(r.households(of: r.community).min())
        let error = try #require(throws: DiagnosticsError.self) {
            try r.workspace.importDemands(
                Self.bytes([
                    Self.demandHeader,
                    "BAD-1,\(mine),cleaning,order,60,weekly,2;4,,09:00,09:30,,,,",
                    "BAD-2,NO-SUCH-HOUSEHOLD,cleaning,order,60,weekly,2;4,,09:00,12:00,,,,",
                ]), community: r.community)
        }
        #expect(error.errors.map { "\($0.line): \($0.column)" } == ["2: window_end", "3: household_id"])
    }

    @Test func aServiceRecordIsValidatedAsAnImportedRowAndKeptToTheCommunity() throws {
        let r = try Rostered()
        let visits = try r.workspace.communityVisits(community: r.community, week: Fixtures.week)
        let households = r.households(of: r.community)
        #expect(!visits.isEmpty)
        #expect(visits.allSatisfy { households.contains($0.householdID) && $0.record == nil })
        #expect(visits.count == r.roster.assignments.count { a in r.demands(of: r.community).contains { $0.id == a.demandID } })

        let row = try #require(visits.first).planned
        var fields = [
            "demand_id": row.demandID, "date": row.date.description, "worker_id": row.workerID, "status": "done",
            "started": "09:00", "price": "50", "stars": "5",
        ]
        let error = try #require(throws: DiagnosticsError.self) { try r.workspace.recordService(fields, community: r.community) }
        #expect(error.errors.map(\.column) == ["ended"])

        fields["ended"] = "10:00"
        #expect(try r.workspace.recordService(fields, community: r.community).wrote)
        let recorded = try r.workspace.communityVisits(community: r.community, week: Fixtures.week).first { $0.visit == row.visit }
        #expect(recorded?.record?.stars == 5 && recorded?.record?.ended == Fixtures.time("10:00"))

        let foreign = try #require(r.roster.assignments.first { a in r.demands(of: r.other).contains { $0.id == a.demandID } })
        fields["demand_id"] = foreign.demandID
        fields["date"] = foreign.date.description
        let refused = try #require(throws: DiagnosticsError.self) { try r.workspace.recordService(fields, community: r.community) }
        #expect(refused.errors.map(\.column) == ["demand_id"])
        #expect(try r.workspace.dataset().serviceRecords.count == 1)
    }

    /// A no-show (or a household's cancellation or absence) is recorded against the worker the roster sent;
    /// another worker of the community may only be named for a visit done.
    @Test func aNoShowNamesThePlannedWorkerAndOnlyAVisitDoneNamesAnother() throws {
        let r = try Rostered()
        let serving = try r.workspace.workersServing(community: r.community, week: Fixtures.week).map(\.id)
        let row = try #require(try r.workspace.communityVisits(community: r.community, week: Fixtures.week).first).planned
        let other = try #require(serving.first { $0 != row.workerID }, "the test needs two workers serving the community")
        var fields = [
            "demand_id": row.demandID, "date": row.date.description, "worker_id": other, "status": "worker_no_show",
            "stars": "1", "complaint": "serious",
        ]
        let refused = try #require(throws: DiagnosticsError.self) { try r.workspace.recordService(fields, community: r.community) }
        #expect(refused.errors.map(\.column) == ["worker_id"])
        #expect(refused.errors.first?.message.contains(row.workerID) == true)
        #expect(try r.workspace.dataset().serviceRecords.isEmpty)

        fields["worker_id"] = row.workerID
        #expect(try r.workspace.recordService(fields, community: r.community).wrote)
        fields = [
            "demand_id": row.demandID, "date": row.date.description, "worker_id": other, "status": "done",
            "started": "09:00", "ended": "10:00", "price": "50", "stars": "4",
        ]
        #expect(try r.workspace.recordService(fields, community: r.community).wrote)
        let stored = try r.workspace.communityVisits(community: r.community, week: Fixtures.week).first { $0.visit == row.visit }
        #expect(stored?.record?.workerID == other)
    }

    @Test func aSickCallIsForWorkersServingTheCommunityAndItsReplanChangesAreTheCommunitys() throws {
        let r = try Rostered()
        let serving = try r.workspace.workersServing(community: r.community, week: Fixtures.week)
        let demands = Set(r.demands(of: r.community).map(\.id))
        let expected = Set(r.roster.assignments.filter { demands.contains($0.demandID) }.map(\.workerID))
        #expect(Set(serving.map(\.id)) == expected)
        #expect(serving.allSatisfy { w in r.dataset.workers.contains { $0.id == w.id && $0.name == w.name } })

        let stranger = try #require(r.dataset.workers.first { !expected.contains($0.id) })
        let wednesday = Fixtures.day(3)
        #expect(throws: KitError.unknownWorker(stranger.id)) {
            try r.workspace.addAbsence(
                Absence(workerID: stranger.id, from: wednesday, until: wednesday, reason: .sick), community: r.community, week: Fixtures.week)
        }
        let sick = try #require(serving.first).id
        let absence = Absence(workerID: sick, from: wednesday, until: Fixtures.day(4), reason: .sick)
        try r.workspace.addAbsence(absence, community: r.community, week: Fixtures.week)
        #expect(try r.workspace.absences(community: r.community, week: Fixtures.week) == [absence])
        let servesOther = try r.workspace.workersServing(community: r.other, week: Fixtures.week).contains { $0.id == sick }
        #expect(try r.workspace.absences(community: r.other, week: Fixtures.week) == (servesOther ? [absence] : []))

        let replan = try r.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick, replanFrom: wednesday))
        let changes = try #require(try r.workspace.changes(runID: replan.runID, community: r.community))
        #expect(changes.from == wednesday)
        #expect(changes.changes.allSatisfy { demands.contains($0.visit.demandID) && $0.visit.date >= wednesday })
        let sickRows = r.roster.assignments.filter { demands.contains($0.demandID) && $0.workerID == sick && absence.covers($0.date) }
        for row in sickRows {
            #expect(changes.changes.first { $0.visit == row.visit }.map { $0.kind != .kept } == true, "\(row)")
        }
        #expect(changes.counts.map(\.count).reduce(0, +) == changes.changes.count)
        #expect(changes.csvRows.allSatisfy { $0.count == RosterFiles.changeColumns.count })
        #expect(try r.workspace.changes(runID: replan.runID - 1, community: r.community) == nil, "the first run is no replan")
        #expect(try r.workspace.workersServing(community: r.community, week: Fixtures.week).contains { $0.id == sick },
                "a worker the replan took off still serves the community this week")
    }

    @Test func anOfficesSickCallStartsInTheWeekIsShortAndRewritesNothing() throws {
        let r = try Rostered()
        let sick = try #require(try r.workspace.workersServing(community: r.community, week: Fixtures.week).first).id
        let limit = KitError.absenceOutsideOffice(week: Fixtures.week, longest: Workspace.longestOfficeAbsence)
        let before = try r.fixture.databaseBytes()
        #expect(throws: limit) {
            try r.workspace.addAbsence(
                Absence(workerID: sick, from: Fixtures.monday.adding(days: -1), until: Fixtures.monday, reason: .sick),
                community: r.community, week: Fixtures.week)
        }
        #expect(throws: limit) {
            try r.workspace.addAbsence(
                Absence(workerID: sick, from: Fixtures.monday, until: Fixtures.monday.adding(days: Workspace.longestOfficeAbsence), reason: .sick),
                community: r.community, week: Fixtures.week)
        }
        #expect(try r.fixture.databaseBytes() == before)
        let leave = Absence(workerID: sick, from: Fixtures.day(2), until: Fixtures.day(3), reason: .leave)
        try r.workspace.addAbsence(leave)
        #expect(throws: KitError.absenceExists(leave)) {
            try r.workspace.addAbsence(
                Absence(workerID: sick, from: Fixtures.day(2), until: Fixtures.day(2), reason: .sick), community: r.community, week: Fixtures.week)
        }
        #expect(try r.workspace.absences(week: Fixtures.week).filter { $0.workerID == sick } == [leave])
        try r.workspace.addAbsence(
            Absence(workerID: sick, from: Fixtures.day(4), until: Fixtures.monday.adding(days: Workspace.longestOfficeAbsence - 1), reason: .sick),
            community: r.community, week: Fixtures.week)
    }

    @Test func anOfficeReadsOnlyItsOwnHouseholdsHistory() throws {
        let r = try Rostered()
        let mine = try #require(r.households(of: r.community).min())
        let theirs = try #require(r.households(of: r.other).min())
        #expect(try r.workspace.history(ofHousehold: mine, community: r.community) == r.workspace.history(of: .household(mine)))
        #expect(throws: KitError.unknownHousehold(theirs)) { try r.workspace.history(ofHousehold: theirs, community: r.community) }
        #expect(try r.workspace.community(ofHousehold: theirs) == r.other)
        #expect(try r.workspace.community(ofHousehold: "NOPE") == nil)
    }
}
