import LinliDataset
import LinliModel
import Testing

/// Uploads kept to a community: rows outside it are errors at their line, like any invalid row.
@Suite struct ImportScopeTests {
    static let base: Dataset = { (try? Fixture().importing().dataset) ?? Dataset() }()
    static let c1 = ImportScope.community("C1")

    static func upload(_ file: DatasetFile, _ text: String, scope: ImportScope? = c1) throws(DiagnosticsError) -> ImportResult {
        try DatasetReader.importUpload(Array(text.utf8), as: file, into: base, scope: scope)
    }

    static func located(_ error: DiagnosticsError) -> [String] { error.errors.map { "\($0.file):\($0.line): \($0.column)" } }

    @Test func theFixtureHasTwoCommunities() {
        #expect(Set(Self.base.households.map(\.communityID)) == ["C1", "C2"])
    }

    @Test func householdsOfTheCommunityAreMergedAndOthersRefused() throws {
        let header = "household_id,community_id,lat,lon,priority_group,address"
        let good = try Self.upload(.households, "\(header)\nH1,C1,30.291,120.121,elderly_alone,新地址\nH9,C1,30.29,120.12,none,\n")
        #expect(good.changes[.households] == ChangeCount(added: 1, changed: 1))
        let error = try #require(throws: DiagnosticsError.self) {
            try Self.upload(.households, "\(header)\nH9,C2,30.29,120.12,none,\nH2,C1,30.281,120.111,none,\n")
        }
        #expect(Self.located(error) == ["households.csv:2: community_id", "households.csv:3: household_id"],
                "a new household of C2, and C2's household H2 moved into C1")
    }

    @Test func demandsMustBeOfTheCommunitysHouseholds() throws {
        let header = DatasetFile.demands.columns.joined(separator: ",")
        let fine = try Self.upload(.demands, "\(header)\nD9,H1,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,\n")
        #expect(fine.dataset.demands.contains { $0.id == "D9" })
        let error = try #require(throws: DiagnosticsError.self) {
            try Self.upload(.demands, """
                \(header)
                D9,H1,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,
                D8,H2,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,
                D2,H1,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,

                """)
        }
        #expect(Self.located(error) == ["demands.csv:3: household_id", "demands.csv:4: demand_id"])
    }

    /// A row that is wrong in another way too reads the same whether its household is another community's or
    /// none at all, so an upload cannot tell which ids exist elsewhere.
    @Test func anotherCommunitysHouseholdReadsAsUnknownWhateverElseIsWrong() throws {
        let header = DatasetFile.demands.columns.joined(separator: ",")
        let error = try #require(throws: DiagnosticsError.self) {
            try Self.upload(.demands, """
                \(header)
                D8,H2,bogus,order,60,once,,2026-11-25,13:00,18:00,,,,
                D7,H999,bogus,order,60,once,,2026-11-25,13:00,18:00,,,,

                """)
        }
        let messages = error.errors.map { "\($0.column): \($0.message)" }
        #expect(messages.count == 4, "\(messages)")
        let foreign = messages.prefix(2).map { $0.replacingOccurrences(of: "H2", with: "H") }
        let unknown = messages.suffix(2).map { $0.replacingOccurrences(of: "H999", with: "H") }
        #expect(foreign == unknown, "\(messages)")
    }

    @Test func serviceRecordsMustBeOfTheCommunitysDemands() throws {
        let header = DatasetFile.serviceRecords.columns.joined(separator: ",")
        let error = try #require(throws: DiagnosticsError.self) {
            try Self.upload(.serviceRecords, "\(header)\nD1,2026-11-30,W1,worker_no_show,,,,,,\nD3,2026-11-26,W2,household_absent,,,,,,\n")
        }
        #expect(Self.located(error) == ["service_records.csv:3: demand_id"])
    }

    @Test func otherFilesAreRefusedWholeAndUnscopedUploadsAreLikeImports() throws {
        let menu = "enterprise_id,item_code,name,category,mode,unit,price,min_minutes,skill_level\nE1,X,x,cleaning,both,hour,1,30,1\n"
        let error = try #require(throws: DiagnosticsError.self) { try Self.upload(.menu, menu) }
        #expect(Self.located(error) == ["menu.csv:0: "])
        #expect(try Self.upload(.menu, menu, scope: nil).changes[.menu]?.added == 1)
    }

    @Test func anUploadIsDecodedLikeAFileWithABOMAndLocatesBadBytes() throws {
        let header = DatasetFile.demands.columns.joined(separator: ",")
        let bom = "\u{FEFF}\(header)\nD9,H1,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,\n"
        #expect(try Self.upload(.demands, bom).changes[.demands]?.added == 1)
        var bytes = Array("\(header)\nD9,H1,cleaning,order,60,once,,2026-11-25,13:00,18:00,,,,".utf8)
        bytes += [0xFF, 0x0A]
        let error = try #require(throws: DiagnosticsError.self) {
            try DatasetReader.importUpload(bytes, as: .demands, into: Self.base, scope: Self.c1)
        }
        #expect(error.errors.first?.line == 2)
    }
}
