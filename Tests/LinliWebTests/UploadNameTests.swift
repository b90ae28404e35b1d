import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliModel
import Testing

@testable import LinliWeb

/// Every upload form takes only a file named for it (`FormData.upload`): another dataset file chosen by mistake
/// is refused with its name (422) and nothing is saved, while the console's own download of the file is taken.
@Suite("Upload file names")
struct UploadNameTests {
    @Test func aMenuUploadNamedWorkersCSVIsRefusedAndNothingIsSaved() async throws {
        let fixture = try ConsoleFixture()
        let own = try #require(try fixture.account("enterprise-a").enterpriseID)
        var upload = Dataset()
        upload.menu = fixture.dataset.menu.filter { $0.enterpriseID == own }
        upload.menu[0].name = "改名的菜单"
        let text = DatasetWriter.text(of: .menu, in: upload)
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            let refused = try await fixture.browser("enterprise-a").upload("/enterprise/menu", files: [("file", "workers.csv", text)], client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("workers.csv:") && refused.text.contains("this form takes menu.csv"))
            #expect(try fixture.workspace.dataset() == before)
            let downloaded = try await fixture.browser("enterprise-a").upload(
                "/enterprise/menu", files: [("file", "menu-\(own).csv", text)], client)
            #expect(downloaded.status == .ok, "the console's own download name is taken")
        }
        #expect(try fixture.workspace.enterpriseMenu(own).contains { $0.name == "改名的菜单" })
    }

    @Test func aDemandsUploadNamedHouseholdsCSVIsRefusedAndNothingIsSaved() async throws {
        let fixture = try ConsoleFixture()
        let office = try fixture.account("office-a")
        let household = try #require(try ScopeSamples(fixture).households(in: office.communityID ?? "").first)
        let bytes = OfficePagesTests.csv([OfficePagesTests.demandHeader, OfficePagesTests.demandRow("WEB-NAMED", household: household)])
        let before = try fixture.workspace.dataset()
        try await fixture.test { client in
            for name in ["households.csv", "demands.txt"] {
                let refused = try await fixture.browser("office-a").upload("/office/demands", fileName: name, bytes: bytes, client)
                #expect(refused.status == .unprocessableContent, "\(name)")
                #expect(refused.text.contains("this form takes demands.csv"))
            }
        }
        #expect(try fixture.workspace.dataset() == before)
    }

    @Test func aPlannersCandidatesFileIsCheckedByNameToo() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let file = [(field: "candidates", name: "households.csv", text: PlannerPagesTests.candidates(fixture.dataset))]
            let refused = try await fixture.browser("planner").upload(
                "/planner/plan", fields: [("week", "\(fixture.week)"), ("k", "1")], files: file, client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("this form takes candidates.csv or points.csv"))
        }
    }
}
