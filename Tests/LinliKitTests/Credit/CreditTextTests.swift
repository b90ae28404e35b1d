import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// A credit change's reason and decider are one line of text, as a record's note is: a line break or a direction
/// override would split or reorder the audit table. Refused as a usage error, nothing stored.
@Suite struct CreditTextTests {
    @Test(arguments: ["两次\n爽约", "tab\there", "evil\u{202E}txt", "sep\u{2028}arated", String(repeating: "长", count: 501)])
    func creditSetRefusesTextThatIsNotOneLineAndStoresNothing(_ text: String) throws {
        let fixture = try KitFixture.imported(.tiny, seed: 3)
        let worker = try #require(fixture.dataset.workers.first)
        for (reason, by) in [(text, "李主任"), ("两次爽约", text)] {
            let error = try #require(throws: KitError.self) {
                try fixture.workspace.setCredit(of: .worker, id: worker.id, to: .dishonest, reason: reason, by: by)
            }
            #expect(error.isUsage)
            #expect(error.description.contains(reason == text ? "--reason" : "--by"))
        }
        #expect(try fixture.workspace.creditLogLines() == ["no credit changes recorded"])
        #expect(try fixture.workspace.dataset().workers.first { $0.id == worker.id }?.credit == worker.credit)
        let change = try fixture.workspace.setCredit(of: .worker, id: worker.id, to: .warned, reason: "两次爽约 (2 no-shows)", by: "李主任")
        #expect(change.after == .warned)
    }
}
