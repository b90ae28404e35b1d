import Foundation
import LinliModel
import Testing

@testable import LinliDataset

@Suite struct CSVTextTests {
    /// "翠苑一区" in GB18030, as Excel on Chinese Windows saves it.
    static let cuiyuanGB: [UInt8] = [0xB4, 0xE4, 0xD4, 0xB7, 0xD2, 0xBB, 0xC7, 0xF8]

    /// What importing `bytes` as communities.csv throws.
    static func refusalOfCommunities(_ bytes: [UInt8]) throws -> DiagnosticsError {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("communities.csv", bytes: bytes)
        return try #require(throws: DiagnosticsError.self) { try DatasetReader.importFiles([path], into: Dataset()) }
    }

    @Test func utf8BOMIsDropped() throws {
        let decoded = try CSVText.decode([0xEF, 0xBB, 0xBF] + Array("id,name\n".utf8)).get()
        #expect(decoded.text == "id,name\n")
        #expect(decoded.encoding == .utf8)
    }

    @Test func gb18030BytesAreDecoded() throws {
        let decoded = try CSVText.decode(Array("name\n".utf8) + CSVTextTests.cuiyuanGB + [0x0A]).get()
        #expect(decoded.text == "name\n翠苑一区\n")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func bytesInNeitherEncodingAreRefused() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("id".utf8).flatMap { [$0, 0] }
        let invalid = #expect(throws: CSVText.Invalid.self) { try CSVText.decode(utf16).get() }
        #expect(invalid?.isUTF16 == true)
        let bigEndian: [UInt8] = [0xFE, 0xFF] + Array("id".utf8).flatMap { [0, $0] }
        let reversed = #expect(throws: CSVText.Invalid.self) { try CSVText.decode(bigEndian).get() }
        #expect(reversed?.isUTF16 == true)
    }

    /// A UTF-8 file of Chinese names with one name pasted in GBK: the file as a whole is UTF-8, so it is
    /// refused at the stray bytes rather than decoded whole as GB18030 into mojibake.
    @Test func aStrayGBKNameInAUTF8FileIsRefusedAtItsLine() throws {
        var bytes = Array("community_id,name,lat,lon,households\nC1,翠苑一区,30.29,120.12,1200\nC2,西溪二区,30.28,120.11,800\nC3,".utf8)
        bytes += CSVTextTests.cuiyuanGB + Array(",30.27,120.10,900\n".utf8)
        let invalid = try #require(throws: CSVText.Invalid.self) { try CSVText.decode(bytes).get() }
        #expect(invalid.line == 4 && invalid.character == 4 && invalid.byte == 0xB4 && invalid.mostlyUTF8)

        let error = try Self.refusalOfCommunities(bytes)
        #expect(error.errors.count == 1)
        #expect(error.errors[0].line == 4 && error.errors[0].column == "name")
        #expect(error.errors[0].description.hasPrefix("communities.csv:4: name: error: byte 0xB4 at character 4 of this line is not UTF-8"))
    }

    @Test func aFileInNeitherEncodingNamesTheLineOfItsFirstBadByte() throws {
        let bytes = Array("community_id,name\nC1,ok\r\nC2,".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8)
        let invalid = try #require(throws: CSVText.Invalid.self) { try CSVText.decode(bytes).get() }
        #expect(invalid.line == 3 && invalid.character == 4 && invalid.byte == 0xFF && !invalid.mostlyUTF8)
    }

    /// A GBK file with one byte that is no GB18030 is refused at that byte, its line and character counted in the
    /// GB18030 text before it, and its column named; not at the file's first GBK character.
    @Test func aGBKFileWithABadByteIsRefusedWhereGB18030Stops() throws {
        var bytes = Array("community_id,name,lat,lon,households\r\nC1,".utf8) + CSVTextTests.cuiyuanGB
        bytes += Array(",30.29,120.12,1200\r\nC2,".utf8) + CSVTextTests.cuiyuanGB + Array(",30.28,120.11,800\r\nC3,".utf8)
        bytes += CSVTextTests.cuiyuanGB.prefix(4) + [0xFF] + Array(",30.27,120.10,900\r\n".utf8)
        let invalid = try #require(throws: CSVText.Invalid.self) { try CSVText.decode(bytes).get() }
        #expect(invalid.stopsGB18030 && invalid.byte == 0xFF)
        #expect(invalid.line == 4 && invalid.character == 6)

        let error = try Self.refusalOfCommunities(bytes)
        #expect(error.errors.count == 1)
        #expect(error.errors[0].line == 4 && error.errors[0].column == "name")
        #expect(error.errors[0].message.contains("byte 0xFF at character 6 of this line is neither GB18030 nor UTF-8"))
    }

    @Test func gb18030ThatDecodesToRareSymbolsIsNotTakenForChinese() {
        #expect(CSVText.isPlausibleChinese("name\n翠苑一区，（北）\n"))
        #expect(!CSVText.isPlausibleChinese("name\n\u{E000}\u{E001}\n"))
        #expect(!CSVText.isPlausibleChinese("name\n\u{0100}\u{0101}\u{0102}\n"))
    }

    @Test func aGBKCommunitiesFileImportsWithAWarning() throws {
        var bytes = Array("community_id,name,lat,lon,households\r\nC1,".utf8) + CSVTextTests.cuiyuanGB
        bytes += Array(",30.29,120.12,1200\r\n".utf8)
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("communities.csv", bytes: bytes)
        let result = try DatasetReader.importFiles([path], into: Dataset())
        #expect(result.dataset.communities.map(\.name) == ["翠苑一区"])
        #expect(result.warnings.count == 1 && result.warnings[0].message.contains("GB18030"))
    }

    @Test func aFileInNeitherEncodingTellsHowToSaveAsUTF8() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("households.csv", bytes: [0xFF, 0xFE, 0x68, 0x00, 0x0A, 0x00])
        let error = try #require(throws: DiagnosticsError.self) { try DatasetReader.importFiles([path], into: Dataset()) }
        #expect(error.errors.count == 1)
        #expect(error.errors[0].file == "households.csv" && error.errors[0].message.contains("CSV UTF-8 (逗号分隔)(*.csv)"))
        #expect(error.errors[0].message.hasPrefix("the file is UTF-16"), "\(error.errors[0].message)")
    }

    @Test func aBOMAndCRLFFileImportsCleanly() throws {
        let text = Fixture.valid[.enterprises]!.replacingOccurrences(of: "\n", with: "\r\n")
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("enterprises.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let result = try DatasetReader.importFiles([path], into: Dataset())
        #expect(result.dataset.enterprises.map(\.id) == ["E1", "E2"])
        #expect(result.dataset.enterprises[0].rating == 4.6)
        #expect(result.warnings.isEmpty)
    }
}
