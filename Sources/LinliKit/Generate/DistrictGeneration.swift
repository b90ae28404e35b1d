import LinliDataset
import LinliModel
import LinliSynth

/// `linli generate`: writes a synthetic district of a tier as a dataset folder.
public struct DistrictGeneration: Hashable, Sendable {
    public var tier: Tier
    public var seed: UInt64
    /// Dataset dates are set around this week.
    public var week: ISOWeek
    /// Whether absences and a month of service records come with the district.
    public var history: Bool

    public init(tier: Tier, seed: UInt64, week: ISOWeek = GeneratorOptions(tier: .tiny).week, history: Bool = true) {
        self.tier = tier
        self.seed = seed
        self.week = week
        self.history = history
    }

    /// The district: the same tier, seed and week always give the same dataset.
    /// - Complexity: O(size of the district).
    public func dataset() -> Dataset {
        var rng = SeededGenerator(seed: seed)
        return DistrictGenerator(options: GeneratorOptions(tier: tier, week: week, history: history)).generate(using: &rng)
    }

    /// Generates the district and writes its CSV files into `directory` (created if needed).
    /// - Throws: `KitError.folderNotEmpty` for a folder with files in it unless `force` (a mistyped `--out` would
    ///   replace a real dataset's files with made-up ones); `KitError.cannotWrite` for a path that is a file.
    @discardableResult
    public func write(to directory: String, force: Bool = false) throws -> DatasetCounts {
        let folder = OutputFolder(path: directory)
        try folder.check(force: force)
        let dataset = dataset()
        try DatasetWriter.write(dataset, to: directory)
        return DatasetCounts(dataset)
    }
}
