import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// An uploaded dataset file (the console's demand list, service records): the bytes are read as
    /// `file`, validated as `linli import` validates it, kept to `scope`, merged into the stored dataset
    /// and saved, in one write transaction.
    ///
    /// All or nothing: any invalid row, or any row outside `scope`, throws a `DiagnosticsError` listing
    /// every problem at its line, and nothing is stored; so does a file of more than `maxRows` rows, and one
    /// whose merge would pass `totalLimit`. `unchanged` runs on the stored dataset inside the transaction, before
    /// the merge: a caller that read something earlier throws there when it has changed meanwhile (for a file of
    /// service records it sees only the records of the file's days).
    /// - Throws: `KitError` for a missing database or dataset; `DiagnosticsError`; `StoreError`.
    /// - Complexity: O(size of the file + size of the stored dataset), where a file of service records counts only
    ///   the stored records of its days.
    public func importUpload(
        _ bytes: [UInt8], as file: DatasetFile, scope: ImportScope? = nil, maxRows: Int? = nil,
        totalLimit: TotalRowLimit? = nil, unchanged: (Dataset) throws -> Void = { _ in }
    ) throws -> ImportSummary {
        let database = try existingDatabase()
        guard try !database.isEmpty() else { throw KitError.emptyDatabase(path: databasePath) }
        // A file of service records touches only the records of its own days: the rest are neither read nor
        // compared, so that saving one visit's record does not read the district's whole history.
        var days: Set<Day>?
        if file == .serviceRecords {
            let found = DatasetReader.recordDays(bytes)
            days = found.count > Self.mostRecordDays ? nil : found
        }
        let rostered = try days.map { try database.publishedVisits(in: Set($0.map(ISOWeek.init(containing:)))) }
            ?? database.publishedVisits()
        var result: ImportResult?
        let update = try database.updateDataset(recordsOn: days) { stored in
            try unchanged(stored)
            let read = try DatasetReader.importUpload(
                bytes, as: file, into: stored, rostered: rostered, scope: scope, maxRows: maxRows, totalLimit: totalLimit)
            result = read
            return read.dataset
        }
        guard let result else { preconditionFailure("updateDataset calls its transform") }
        return ImportSummary(result, wrote: update.changed)
    }

    /// The most days of a service-records upload whose stored records alone are read; a file of more days reads
    /// them all (a history import, where a list of every day in the query would not pay).
    static let mostRecordDays = 62
}
