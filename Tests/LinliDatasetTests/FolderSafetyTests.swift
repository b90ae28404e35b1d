import Foundation
import LinliModel
import Testing

@testable import LinliDataset

/// A dataset folder is read for its own regular files only, and what it echoes back is short and clean.
@Suite struct FolderSafetyTests {
    @Test func aSymbolicLinkInTheFolderIsRefusedAndItsTargetNotRead() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        Fixture().write(to: folder)
        let outside = TempFolder()
        defer { outside.remove() }
        let secret = outside.write("secret.txt", "SECRET=hunter2,more\nline two\n")
        try FileManager.default.removeItem(atPath: folder.file("households.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("households.csv"), withDestinationPath: secret)

        let error = try #require(throws: DiagnosticsError.self) { try DatasetReader.importDirectory(folder.path, into: Dataset()) }
        let households = error.diagnostics.filter { $0.file == "households.csv" }
        #expect(households.count == 1)
        #expect(households.first?.message.contains("symbolic link") == true)
        #expect(!error.description.contains("SECRET") && !error.description.contains("hunter2"))
    }

    @Test func aFolderInPlaceOfAFileIsRefused() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        Fixture().write(to: folder)
        try FileManager.default.removeItem(atPath: folder.file("menu.csv"))
        try FileManager.default.createDirectory(atPath: folder.file("menu.csv"), withIntermediateDirectories: false)
        let error = try #require(throws: DiagnosticsError.self) { try DatasetReader.importDirectory(folder.path, into: Dataset()) }
        #expect(error.errors.contains { $0.file == "menu.csv" && $0.message.contains("not a regular file") })
    }

    @Test func aFileNamedOnTheCommandLineMayBeALinkToARegularFile() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let real = folder.write("real.csv", Fixture.valid[.enterprises]!)
        let link = folder.file("enterprises.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let result = try DatasetReader.importFiles([link], into: Dataset())
        #expect(result.dataset.enterprises.map(\.id) == ["E1", "E2"])
    }

    @Test func anUnknownColumnWarningQuotesAShortCleanExcerpt() throws {
        let junk = "PATH=/bin\u{1B}[31m\tHOME\nsecond line" + String(repeating: "x", count: 200)
        let text = "enterprise_id,name,model,credit,rating,\"\(junk)\",a,b,c,d,e,f\n"
            + "E1,安心家政,employee,good,4.6,,,,,,,\n"
        let result = try Fixture.importFile("enterprises.csv", text, into: Dataset())
        let warning = try #require(result.warnings.first { $0.message.contains("unknown column") })
        #expect(!warning.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(!warning.message.contains(String(repeating: "x", count: 41)))
        #expect(warning.message.contains("\\u{1B}") && warning.message.contains("\\t") && warning.message.contains("\\n"))
        #expect(warning.message.contains("and 2 more"))
    }
}
