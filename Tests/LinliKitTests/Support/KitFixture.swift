import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliSynth
import LinliTestSupport

/// A temporary folder with a dataset written into it and a workspace whose database may hold it.
struct KitFixture {
    let folder: TemporaryFolder
    let dataset: Dataset
    let workspace: Workspace

    /// The dataset folder's path.
    var datasetPath: String { folder.path("dataset") }

    /// A run short enough for tests.
    static let quick = RunOptions(seed: 1, timeLimit: 0.05)

    /// `dataset` written as CSV files; nothing imported yet.
    init(_ dataset: Dataset) throws {
        // Kit tests compare runs exactly: only the work budget may end a search (see `WallClock`).
        setenv("LINLI_NO_DEADLINE", "1", 0)
        folder = try TemporaryFolder()
        self.dataset = dataset
        workspace = Workspace(databasePath: folder.path("linli.sqlite"))
        try DatasetWriter.write(dataset, to: folder.path("dataset"))
    }

    /// A generated district written and imported.
    static func imported(_ tier: Tier = .tiny, seed: UInt64 = 1) throws -> KitFixture {
        let fixture = try KitFixture(Fixtures.generated(tier, seed: seed))
        _ = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        return fixture
    }

    /// The database file's bytes.
    func databaseBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: workspace.databasePath)) }

    /// Writes `dataset` as a second dataset folder `name` and returns its path.
    func write(_ dataset: Dataset, as name: String) throws -> String {
        try DatasetWriter.write(dataset, to: folder.path(name))
        return folder.path(name)
    }
}

extension Dataset {
    /// The dataset with every array in the order the store loads it (by key), for comparing with a loaded one.
    var inStoreOrder: Dataset {
        var d = self
        d.communities.sort { $0.id < $1.id }
        d.servicePoints.sort { $0.id < $1.id }
        d.enterprises.sort { $0.id < $1.id }
        d.menu.sort {
            ($0.enterpriseID, $0.itemCode, $0.effectiveFrom?.ordinal ?? .min) < ($1.enterpriseID, $1.itemCode, $1.effectiveFrom?.ordinal ?? .min)
        }
        d.workers.sort { $0.id < $1.id }
        d.shiftDays.sort { ($0.patternID, $0.cycleWeek, $0.weekday) < ($1.patternID, $1.cycleWeek, $1.weekday) }
        d.households.sort { $0.id < $1.id }
        d.demands.sort { $0.id < $1.id }
        d.serviceRecords.sort { $0.visit < $1.visit }
        d.absences.sort { ($0.workerID, $0.from) < ($1.workerID, $1.from) }
        return d
    }
}
