import Foundation
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
            #expect(folder.read("out/nested/\(file.rawValue)") == "\u{FEFF}" + DatasetWriter.text(of: file, in: imported))
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

    @Test func everyFileStartsWithAUTF8ByteOrderMark() throws {
        let (_, folder) = try Self.roundTrip(try Fixture().importing().dataset)
        defer { folder.remove() }
        for file in DatasetFile.allCases {
            let bytes = try #require(FileManager.default.contents(atPath: folder.file("out/nested/\(file.rawValue)")))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file.rawValue)")
        }
    }

    @Test func addressesAreWrittenAndReadBack() throws {
        var d = try Fixture().importing().dataset
        d.households[0].address = "翠苑一区 12幢 3单元 402"
        let (back, folder) = try Self.roundTrip(d)
        defer { folder.remove() }
        #expect(back == d)
        #expect(back.households[1].address == nil)
        #expect(folder.read("out/nested/households.csv").contains(",elderly_alone,翠苑一区 12幢 3单元 402\n"))
    }

    @Test func formulaLikeTextIsQuotedAndNumbersAreNot() throws {
        var d = try Fixture().importing().dataset
        d.communities[0].name = "=HYPERLINK(\"http://x\",\"y\")"
        d.communities[0].location = GeoPoint(lat: -33.5, lon: -120.25)
        d.communities[1].street = "'=already quoted"
        d.enterprises[0].name = "@SUM(A1)"
        d.workers[0].name = "+86 138"
        d.menu[0].name = "\tTab"
        d.households[0].address = "-1幢"
        d.households[1].address = "'plain"
        d.communities[0].street = "\n=1+1"
        d.workers[1].name = "＝HYPERLINK(1)"
        d.menu[1].name = "'＋1"
        d.menu[2].name = "－1幢"
        let (back, folder) = try Self.roundTrip(d)
        defer { folder.remove() }
        #expect(back == d)
        let communities = folder.read("out/nested/communities.csv")
        #expect(communities.contains("C1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-33.5,-120.25,"))
        #expect(communities.contains(",''=already quoted\n"))
        #expect(communities.contains(",\"'\n=1+1\"\n"), "a cell starting with a line feed is guarded like one starting with CR")
        #expect(folder.read("out/nested/enterprises.csv").contains("E1,'@SUM(A1),"))
        #expect(folder.read("out/nested/workers.csv").contains(",'+86 138,"))
        #expect(folder.read("out/nested/workers.csv").contains(",'＝HYPERLINK(1),"), "a full-width ＝ is guarded as = is")
        #expect(folder.read("out/nested/menu.csv").contains(",''＋1,"))
        #expect(folder.read("out/nested/menu.csv").contains("E2,CLEAN2H,'－1幢,"))
        #expect(folder.read("out/nested/menu.csv").contains(",'\tTab,"))
        let households = folder.read("out/nested/households.csv")
        #expect(households.contains(",'-1幢\n"))
        #expect(households.contains(",'plain\n"))
    }

    /// A valid id may start with `-`: it cannot run as a formula (no parenthesis, quote, `!` or `|`), so it is written
    /// as it is; an id-like text with anything else, or after a `'`, is still guarded, and an older file's `'-1` reads as `-1`.
    @Test func anIDStartingWithAMinusIsWrittenAsItIs() {
        #expect(FormulaGuard.neutralised("-1") == "-1")
        #expect(FormulaGuard.neutralised("--") == "--")
        #expect(FormulaGuard.neutralised("-hz.xh_0042") == "-hz.xh_0042")
        #expect(FormulaGuard.neutralised("-2+3") == "'-2+3")
        #expect(FormulaGuard.neutralised("-1幢") == "'-1幢")
        #expect(FormulaGuard.neutralised("-" + String(repeating: "a", count: 64)) == "'-" + String(repeating: "a", count: 64))
        #expect(FormulaGuard.neutralised("'-1") == "''-1")
        for text in ["-1", "--", "'-1", "-2+3"] { #expect(FormulaGuard.restored(FormulaGuard.neutralised(text)) == text) }
        #expect(FormulaGuard.restored("'-1") == "-1", "an older export's quoted id")
    }

    @Test func importDropsTheQuoteOnlyBeforeAFormulaInATextColumn() throws {
        let fixture = Fixture()
            .replacing(.households, line: 1, with: "household_id,community_id,lat,lon,priority_group,address")
            .replacing(.households, line: 2, with: "H1,C1,30.291,120.121,elderly_alone,'=1+1")
            .replacing(.households, line: 3, with: "H2,C2,30.281,120.111,none,'3单元")
        let households = try fixture.importing().dataset.households
        #expect(households.map(\.address) == ["=1+1", "'3单元"])
        let numeric = Fixture().replacing(.households, line: 2, with: "H1,C1,30.291,'-120.121,elderly_alone")
        #expect(numeric.problems().contains { $0.column == "lon" })
    }
}
