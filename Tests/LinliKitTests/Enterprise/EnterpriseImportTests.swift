import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// An enterprise's upload of its menu and workers: its own rows only, all or nothing.
@Suite struct EnterpriseImportTests {
    /// A fixture, the id of its first enterprise and a dataset folder `upload` written from `change(dataset)`.
    static func upload(_ change: (inout Dataset, String) throws -> Void) throws -> (KitFixture, String, String) {
        let fixture = try KitFixture.imported()
        let enterprise = try #require(fixture.dataset.enterprises.first).id
        var dataset = fixture.dataset
        try change(&dataset, enterprise)
        return (fixture, enterprise, try fixture.write(dataset, as: "upload"))
    }

    @Test func itsOwnMenuRowsAreSavedAndAPriceRiseIsWarned() throws {
        var raised: MenuItem?
        let (fixture, enterprise, folder) = try Self.upload { d, e in
            d.menu = d.menu.filter { $0.enterpriseID == e }
            var item = try #require(d.menu.first)
            item.effectiveFrom = Fixtures.monday.adding(days: 60)
            item.price = Fen(item.price.value * 2)
            d.menu.append(item)
            raised = item
        }
        let summary = try fixture.workspace.importEnterpriseFiles([folder + "/menu.csv"], enterprise: enterprise)
        #expect(summary.wrote)
        #expect(summary.warnings.contains { $0.column == "price" && $0.message.contains("more than 10%") })
        #expect(try fixture.workspace.enterpriseMenu(enterprise).contains(try #require(raised)))
    }

    @Test func aRowOfAnotherEnterpriseIsRefusedWithItsLineAndNothingIsSaved() throws {
        let (fixture, enterprise, folder) = try Self.upload { d, e in
            let other = try #require(d.enterprises.first { $0.id != e }).id
            d.menu = d.menu.filter { $0.enterpriseID == other }
        }
        let before = try fixture.databaseBytes()
        let error = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.importEnterpriseFiles([folder + "/menu.csv"], enterprise: enterprise)
        }
        let first = try #require(error.errors.first)
        #expect(first.file == "menu.csv" && first.line == 2 && first.column == "enterprise_id")
        #expect(first.message.contains("not yours"))
        #expect(try fixture.databaseBytes() == before)
    }

    @Test func aWorkerIdOfAnotherEnterpriseCannotBeTakenOver() throws {
        let (fixture, enterprise, folder) = try Self.upload { d, e in
            var stolen = try #require(d.workers.first { $0.enterpriseID != e })
            stolen.enterpriseID = e
            d.workers = [stolen]
        }
        let error = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.importEnterpriseFiles([folder + "/workers.csv"], enterprise: enterprise)
        }
        #expect(error.errors.map(\.column) == ["worker_id"])
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }

    @Test func itsOwnWorkersAreSaved() throws {
        let (fixture, enterprise, folder) = try Self.upload { d, e in
            d.workers = d.workers.filter { $0.enterpriseID == e }
            d.workers[0].name = "新名字"
        }
        let summary = try fixture.workspace.importEnterpriseFiles([folder + "/workers.csv"], enterprise: enterprise)
        #expect(summary.changes.map(\.count.changed) == [1])
        #expect(try fixture.workspace.enterpriseWorkers(enterprise, on: Fixtures.monday).contains { $0.worker.name == "新名字" })
    }

    @Test func aWorkersCreditAndRatingAreNotTheEnterprisesToChange() throws {
        let (fixture, enterprise, folder) = try Self.upload { d, e in
            d.workers = d.workers.filter { $0.enterpriseID == e }
            d.workers[0].credit = d.workers[0].credit == .good ? .dishonest : .good
            d.workers[0].rating = 5.0 == d.workers[0].rating ? 4.0 : 5.0
        }
        let before = try fixture.databaseBytes()
        let error = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.importEnterpriseFiles([folder + "/workers.csv"], enterprise: enterprise)
        }
        #expect(error.errors.map(\.column) == ["credit", "rating"])
        #expect(error.errors.allSatisfy { $0.file == "workers.csv" && $0.line == 2 })
        #expect(try fixture.databaseBytes() == before)
    }

    @Test func otherFilesAreRefused() throws {
        let (fixture, enterprise, folder) = try Self.upload { _, _ in }
        let error = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.importEnterpriseFiles([folder + "/demands.csv"], enterprise: enterprise)
        }
        #expect(error.errors.first?.file == "demands.csv")
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }
}
