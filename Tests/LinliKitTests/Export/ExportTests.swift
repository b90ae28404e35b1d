import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct ExportTests {
    @Test func exportThenImportGivesTheSameDataset() throws {
        let fixture = try KitFixture.imported(.small, seed: 5)
        try fixture.workspace.exportDataset(to: fixture.folder.path("exported"))
        let copy = Workspace(databasePath: fixture.folder.path("copy.sqlite"))
        _ = try copy.importDataset(from: [fixture.folder.path("exported")])
        #expect(try copy.dataset() == fixture.workspace.dataset())
    }

    @Test func theRosterIsWrittenAsThreeFilesWithTheContractColumnsFirst() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let out = fixture.folder.path("roster")
        try fixture.workspace.exportRoster(week: Fixtures.week, to: out)
        let read = { (name: String) in String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)), as: UTF8.self) }
        let roster = try read("roster.csv").split(separator: "\n")
        let unmet = try read("unmet.csv").split(separator: "\n")
        #expect(roster.first?.hasPrefix("\u{FEFF}demand_id,date,start,end,worker_id,enterprise_id,item_code,price,worker_name,") == true)
        #expect(unmet.first?.hasPrefix("\u{FEFF}demand_id,date,reason,household_id,") == true)
        #expect(roster.count == report.roster.assignments.count + 1)
        #expect(unmet.count == report.roster.unmet.count + 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        let summary = try #require(json as? [String: Any])
        #expect(summary["week"] as? String == "2026-W48")
        #expect(summary["assigned_visits"] as? Int == report.roster.assignments.count)
        // The stored run's phases are those the printed summary showed, storing excepted.
        let timings = try #require(report.timings)
        let phases = try #require(summary["phases"] as? [String: Double])
        let expected = [
            "load": timings.load, "compile": timings.compile, "construction": timings.construction, "search": timings.search,
            "bound": timings.bound, "finish": timings.finish,
        ]
        // JSON keeps a number to its shortest decimal form, which may read back one unit in the last place off.
        #expect(phases.keys.sorted() == expected.keys.sorted())
        for (name, seconds) in expected {
            #expect(abs((phases[name] ?? -1) - seconds) <= 1e-9 * max(1, seconds), "\(name): \(phases[name] ?? -1) against \(seconds)")
        }
    }

    @Test func exportingAWeekWithoutARosterIsAnError() throws {
        let fixture = try KitFixture.imported()
        #expect(throws: KitError.noRoster(week: Fixtures.week)) {
            try fixture.workspace.exportRoster(week: Fixtures.week, to: fixture.folder.path("out"))
        }
    }
}
