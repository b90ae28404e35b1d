import Testing

@testable import LinliDataset

@Suite struct CSVTableTests {
    @Test func quotedFieldsKeepCommasDoubledQuotesAndNewlines() {
        let table = CSVTable(parsing: "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"\",plain,\"\"\"\"\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records.map(\.fields) == [["x, y", "say \"hi\"", "two\nlines"], ["", "plain", "\""]])
    }

    @Test func recordsKnowThePhysicalLineTheyStartOn() {
        let text = "a,b\n1,\"one\ntwo\nthree\"\n\n2,x\r\n3,\"p\r\nq\"\n4,y"
        let table = CSVTable(parsing: text)
        #expect(table.records.map(\.line) == [2, 6, 7, 9])
        #expect(table.records.map { $0.fields[0] } == ["1", "2", "3", "4"])
    }

    @Test func crlfLineEndsLeaveNoCarriageReturnsInFields() {
        let table = CSVTable(parsing: "a,b\r\n1,2\r\n3,4\r\n")
        #expect(table.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func headerNamesAreTrimmedAndBlankLinesSkipped() {
        let table = CSVTable(parsing: "\n a ,b\t\n\n1,2\n")
        #expect(table.header == ["a", "b"])
        #expect(table.records.map(\.line) == [4])
    }

    @Test(arguments: [("x", 0), ("x\ny", 1), ("x\r\ny", 1), ("x\ry", 1), ("\n\n", 2), ("\r\n\r", 2)])
    func countsLineBreaks(_ field: String, _ count: Int) {
        #expect(CSVTable.newlines(in: field) == count)
    }
}
