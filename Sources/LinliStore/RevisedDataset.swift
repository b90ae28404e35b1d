import LinliModel

/// The stored dataset together with its revision, which every change to the dataset raises.
public struct RevisedDataset: Sendable {
    public var dataset: Dataset
    /// Give it to ``AppDatabase/publish(_:pins:basedOn:replacing:createdAt:)`` to publish only against this data.
    public var revision: Int64

    public init(dataset: Dataset, revision: Int64) {
        self.dataset = dataset
        self.revision = revision
    }
}
