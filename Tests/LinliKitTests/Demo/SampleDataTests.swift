import Foundation
import LinliDataset
import LinliKit
import LinliTestSupport
import Testing

@Suite struct SampleDataTests {
    /// The package's SampleData folder.
    static let sampleData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData").path

    @Test(arguments: DatasetFile.allCases)
    func sampleDataIsWhatItsReadmeCommandGenerates(file: DatasetFile) throws {
        let folder = try TemporaryFolder()
        try DistrictGeneration(tier: .small, seed: 7).write(to: folder.path("generated"))
        let written = FileManager.default.fileExists(atPath: folder.path("generated/" + file.rawValue))
        #expect(written || file.isOptional, "the generator wrote no \(file.rawValue)")
        guard written else {
            #expect(!FileManager.default.fileExists(atPath: Self.sampleData + "/" + file.rawValue), "SampleData/\(file.rawValue) is stale")
            return
        }
        let generated = try Data(contentsOf: URL(fileURLWithPath: folder.path("generated/" + file.rawValue)))
        let stored = try Data(contentsOf: URL(fileURLWithPath: Self.sampleData + "/" + file.rawValue))
        let same = generated == stored
        #expect(same, "SampleData/\(file.rawValue) is stale: run `linli generate --tier small --seed 7 --out SampleData`")
    }

    @Test func theDemoImportsRostersAndReports() throws {
        let folder = try TemporaryFolder()
        let demo = Demo(databasePath: folder.path("demo.sqlite"), sampleData: Self.sampleData, options: KitFixture.quick)
        let outcome = try demo.run()
        #expect(outcome.counts.demands > 0)
        #expect(outcome.visits == outcome.roster.roster.summary.assignedVisits + outcome.roster.roster.summary.unmetVisits)
        #expect(outcome.lines.contains { $0.hasPrefix("roster") && $0.contains("2026-W48") })
        #expect(try Workspace(databasePath: folder.path("demo.sqlite")).check(week: Demo.week).passed)
    }
}
