import LinliDataset
import LinliModel
import LinliSynth

/// `linli generate`: writes a synthetic district of a tier as a dataset folder.
public struct DistrictGeneration: Hashable, Sendable {
    public var tier: Tier
    public var seed: UInt64
    /// Dataset dates are set around this week.
    public var week: ISOWeek

    public init(tier: Tier, seed: UInt64, week: ISOWeek = GeneratorOptions(tier: .tiny).week) {
        self.tier = tier
        self.seed = seed
        self.week = week
    }

    /// The district: the same tier, seed and week always give the same dataset.
    /// - Complexity: O(size of the district).
    public func dataset() -> Dataset {
        var rng = SeededGenerator(seed: seed)
        return DistrictGenerator(options: GeneratorOptions(tier: tier, week: week)).generate(using: &rng)
    }

    /// Generates the district and writes its eight CSV files into `directory` (created if needed).
    @discardableResult
    public func write(to directory: String) throws -> DatasetCounts {
        let dataset = dataset()
        try DatasetWriter.write(dataset, to: directory)
        return DatasetCounts(dataset)
    }
}
