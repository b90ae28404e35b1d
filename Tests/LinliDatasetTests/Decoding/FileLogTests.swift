import LinliModel
import Testing

@testable import LinliDataset

@Suite struct FileLogTests {
    @Test func keepsAHundredErrorsAndCountsTheRest() {
        var log = FileLog(file: "x.csv")
        for line in (2...151).reversed() { log.error(line: line, column: "c", "bad") }
        log.warning(line: 1, "unknown column")
        let d = log.diagnostics
        #expect(d.count == 102)
        #expect(d.first?.severity == .warning)
        #expect(d.dropFirst().prefix(100).map(\.line) == Array((52...151).reversed()).sorted())
        #expect(d.last?.message == "... and 50 more errors in this file")
    }

    @Test func everyBadRowOfEveryFileIsListedAtItsPhysicalLine() {
        let fixture = Fixture()
            .replacing(.communities, line: 3, with: "C2,\"Xixi\r\nNorth\",30.28,120.11,800,")
            .replacing(.communities, line: 4, with: "C3,\"多行\n名称\n\",95,120.1,x,\n\nC4,ok,30.1,120.1,10,\nC5,ok,30.1,181,10,")
            .replacing(.demands, line: 3, with: "D2,H2,cleaning,order,0,once,,2026-11-25,13:00,18:00,,,,")
        let errors = fixture.problems().filter { $0.severity == .error }
        let found = errors.map { "\($0.file):\($0.line):\($0.column)" }
        #expect(found == [
            "communities.csv:5:lat", "communities.csv:5:households", "communities.csv:10:lon", "demands.csv:3:minutes",
        ])
    }

    /// Also one character carrying more combining marks than four scalars a character allow (``Limits/textScalars``):
    /// a "character" of thousands of scalars is no name a page can show.
    @Test func freeTextWithANulOrOverFiveHundredCharactersIsRefusedAtItsColumn() {
        let long = String(repeating: "名", count: 501)
        let marked = "a" + String(repeating: "\u{0301}", count: Limits.textScalars)
        #expect(marked.count == 1)
        let fixture = Fixture()
            .replacing(.communities, line: 3, with: "C2,\"a\u{0}b\",30.28,120.11,800,")
            .replacing(.communities, line: 4, with: "C3,\(long),30.28,120.11,800,\nC4,\(marked),30.28,120.11,800,")
        let errors = fixture.problems().filter { $0.severity == .error }
        #expect(errors.map { "\($0.file):\($0.line):\($0.column)" } == [
            "communities.csv:3:name", "communities.csv:4:name", "communities.csv:5:name",
        ])
        #expect(errors.allSatisfy { $0.message.contains("at most 500 characters") })
    }

    @Test func aHugeBadFileIsCappedAtAHundredErrors() {
        let rows = (1...150).map { "X\($0),C1,30.29,120.12,vip" }.joined(separator: "\n")
        let fixture = Fixture().appending(.households, rows)
        let errors = fixture.problems().filter { $0.severity == .error }
        #expect(errors.count == 101)
        #expect(errors.last?.message == "... and 50 more errors in this file")
        #expect(errors.first?.line == 4)
    }

    @Test func anUnclosedQuoteIsReportedWhereItsRecordStarts() {
        let fixture = Fixture().replacing(.enterprises, line: 2, with: "E1,\"安心家政,employee,good,4.6")
        let errors = fixture.problems().filter { $0.file == "enterprises.csv" }
        #expect(errors.count == 1)
        #expect(errors.first?.line == 2)
        #expect(errors.first?.message.contains("missing closing quote") == true)
    }
}
