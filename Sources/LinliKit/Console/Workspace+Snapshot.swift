import LinliStore

extension Workspace {
    /// The stored dataset's revision, raised by every change to the dataset.
    public func datasetRevision() throws -> Int64 {
        try existingDatabase().datasetRevision()
    }

    /// The stored dataset with its revision; an error when the database holds no dataset.
    public func revisedDataset() throws -> RevisedDataset {
        try loadRevisedDataset(from: existingDatabase())
    }

    /// The stored run `id`, or nil.
    public func run(id: Int64) throws -> RunInfo? {
        try existingDatabase().run(id: id)
    }
}
