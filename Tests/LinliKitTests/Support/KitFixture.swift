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
