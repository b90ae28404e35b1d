import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct RosterTests {
    @Test func aRosterIsPublishedWithASummaryThatAddsUp() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let summary = report.roster.summary
        #expect(summary.assignedVisits == report.roster.assignments.count)
        #expect(summary.unmetVisits == report.roster.unmet.count)
        #expect(summary.assignedVisits + summary.unmetVisits == DatasetCounts.visits(of: fixture.dataset, in: Fixtures.week))
        #expect(summary.unmetByReason.values.reduce(0, +) == summary.unmetVisits)
        #expect(report.unmetByCommunity.map(\.count).reduce(0, +) == summary.unmetVisits)
        #expect(summary.seconds > 0)
        #expect(try fixture.workspace.exportRoster(week: Fixtures.week, to: fixture.folder.path("out")) == report.roster)
    }

    @Test func theSameSeedGivesTheSameRoster() throws {
        let a = try KitFixture.imported(seed: 4), b = try KitFixture.imported(seed: 4)
        let request = RosterRequest(week: Fixtures.week, options: RunOptions(seed: 9, timeLimit: 0.05, continuity: false))
        let ra = try a.workspace.roster(request).roster, rb = try b.workspace.roster(request).roster
        #expect(ra.assignments == rb.assignments)
        #expect(ra.unmet == rb.unmet)
    }

    @Test func theSummaryListsScoreReasonsAndCommunities() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let text = report.lines.joined(separator: "\n")
        #expect(text.contains(String(format: "%.2f", report.roster.summary.score)))
        for reason in UnmetReason.allCases { #expect(text.contains("\(reason.rawValue) \(report.roster.summary.unmetByReason[reason]!)")) }
        if let top = report.unmetByCommunity.first { #expect(text.contains(top.communityID)) }
        let load = report.roster.summary.workload
        #expect(load.utilisationMean > 0)
        #expect(text.contains("utilisation mean \(String(format: "%.1f", load.utilisationMean * 100))%"))
    }

    /// The report says where the wall time went, phase by phase, and prints it.
    @Test func theReportTimesEveryPhase() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let timings = try #require(report.timings)
        #expect(timings.named.map(\.name) == ["load", "compile", "construction", "search", "bound", "finish", "store"])
        #expect(timings.named.allSatisfy { $0.seconds >= 0 })
        #expect(timings.compile > 0 && timings.load > 0 && timings.store > 0)
        #expect(timings.limited >= report.roster.summary.seconds)
        let line = try #require(report.lines.first { $0.hasPrefix("phases") })
        #expect(line.contains("compile ") && line.contains("within the time limit"))
    }

    /// `--prove` reaches the solver: the same roster, a bound no looser, and the summary says so.
    @Test func aProofTightensOnlyTheBoundAndIsPrinted() throws {
        let plain = try KitFixture.imported(), proven = try KitFixture.imported()
        var request = RosterRequest(week: Fixtures.week, options: KitFixture.quick)
        let without = try plain.workspace.roster(request)
        request.proveSeconds = 0.1
        let with = try proven.workspace.roster(request)
        #expect(with.roster.assignments == without.roster.assignments && with.roster.unmet == without.roster.unmet)
        let bound = try #require(with.roster.summary.upperBound), before = try #require(without.roster.summary.upperBound)
        #expect(bound <= before)
        #expect(bound >= with.roster.summary.score - 0.01)
        let text = with.lines.joined(separator: "\n")
        #expect(text.contains("proof up to 0.1 s") && text.contains("within the time limit and the proof"))
        #expect(!without.lines.joined(separator: "\n").contains("proof"))
    }

    @Test func rosteringWithoutADatabaseSaysSo() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 1))
        #expect(throws: KitError.noDatabase(path: fixture.workspace.databasePath)) {
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week))
        }
    }

    @Test func anEmptyFileIsNoDatabaseAndOnlyImportWritesIntoIt() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 1))
        let path = fixture.workspace.databasePath
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: KitError.noDatabase(path: path)) { try fixture.workspace.roster(RosterRequest(week: Fixtures.week)) }
        #expect(throws: KitError.noDatabase(path: path)) { try fixture.workspace.runs(week: nil) }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber == 0, "a refused command writes no schema")
        _ = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }

    @Test func unmetVisitsAreCountedPerCommunityMostFirst() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let counts = report.unmetByCommunity.map(\.count)
        #expect(counts == counts.sorted(by: >))
        let known = Set(fixture.dataset.communities.map(\.id))
        #expect(report.unmetByCommunity.allSatisfy { known.contains($0.communityID) && $0.count > 0 })
    }
}
