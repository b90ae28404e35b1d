import Testing

@testable import LinliKit

@Suite struct FormatTests {
    /// The terminal column where `marker` starts in `line`.
    static func column(of marker: Character, in line: String) -> Int? {
        guard let i = line.firstIndex(of: marker) else { return nil }
        return String(line[..<i]).displayWidth
    }

    @Test func chineseLabelsLineUpWithLatinOnes() {
        let lines = Format.table([["翠苑社区", "|a"], ["Xixi", "|b"], ["（西溪）街道", "|c"], ["", "|d"]])
        let columns = lines.map { Self.column(of: "|", in: $0) }
        #expect(Set(columns) == [14], "\(lines)")
    }

    @Test(arguments: [("abc", 3), ("翠苑", 4), ("（2小时）", 9), ("e\u{301}", 1), ("", 0), ("￥45", 4)])
    func displayWidthCountsWideCharactersTwice(_ text: String, _ width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func leftPaddingRightAlignsByDisplayWidth() {
        #expect("社区".leftPadded(to: 6) == "  社区")
        #expect("12".leftPadded(to: 6) == "    12")
    }
}
