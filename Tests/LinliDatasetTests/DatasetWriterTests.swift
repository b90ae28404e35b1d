import LinliModel
import Testing

@testable import LinliDataset

@Suite struct DatasetWriterTests {
    static func roundTrip(_ dataset: Dataset) throws -> (Dataset, TempFolder) {
        let folder = TempFolder()
        try DatasetWriter.write(dataset, to: folder.file("out/nested"))
        let back = try DatasetReader.importDirectory(folder.file("out/nested"), into: Dataset())
        #expect(back.warnings.isEmpty)
        return (back.dataset, folder)
    }

    @Test func importExportImportGivesTheSameDataset() throws {
        let imported = try Fixture().importing().dataset
        let (back, folder) = try Self.roundTrip(imported)
        defer { folder.remove() }
        #expect(back == imported)
        for file in DatasetFile.allCases {
            #expect(folder.read("out/nested/\(file.rawValue)") == DatasetWriter.text(of: file, in: imported))
        }
    }

    @Test func awkwardValuesSurviveTheRoundTrip() throws {
        var d = try Fixture().importing().dataset
        d.communities[0].name = "a, \"b\"\nc\r\nd"
        d.communities[0].location = GeoPoint(lat: 0.000012345, lon: -179.99999999999)
        d.workers[0].name = "  空格 "
        d.servicePoints[0].radiusMeters = 1234.5678
        d.enterprises[0].rating = 0
        d.demands[0].maxPrice = Fen(1)
        let (back, folder) = try Self.roundTrip(d)
        defer { folder.remove() }
        #expect(back == d)
    }

    @Test func writesOptionalsEmptyListsWithSemicolonsAndSpecFormats() throws {
        let d = try Fixture().importing().dataset
        let demands = DatasetWriter.text(of: .demands, in: d).split(separator: "\n").map(String.init)
        #expect(demands[0] == DatasetFile.demands.columns.joined(separator: ","))
        #expect(demands[1] == "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,150.00,W1,2026-01-01,2026-12-31")
        #expect(demands[3] == "D3,H2,cleaning,order,60,once,,2026-11-26,20:00,24:00,,,,")
        let communities = DatasetWriter.text(of: .communities, in: d)
        #expect(communities.contains("C2,\"Xixi, \"\"North\"\" 区\",30.28,120.11,800,\n"))
    }
}
