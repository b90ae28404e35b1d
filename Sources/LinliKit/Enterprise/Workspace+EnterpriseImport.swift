import Foundation
import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// An enterprise's upload of its menu.csv and/or workers.csv (by file name), merged into the stored
    /// dataset in one write transaction, as `linli import` merges single files.
    ///
    /// All or nothing: a row of another enterprise, a worker id another enterprise employs, any other
    /// file, or any invalid row throws a `DiagnosticsError` listing every problem, and nothing is saved.
    /// Menu price rises over 10% come back as warnings. With `maxWorkers`, an upload that would leave the
    /// enterprise more workers than that is refused too (``TotalRowLimit``).
    /// - Throws: `KitError.unknownEnterprise` when `enterprise` is not stored.
    /// - Complexity: O(size of the files + size of the stored dataset).
    public func importEnterpriseFiles(
        _ paths: [String], enterprise: String, dryRun: Bool = false, maxWorkers: Int? = nil
    ) throws -> ImportSummary {
        let database = try existingDatabase()
        guard try !database.isEmpty() else { throw KitError.emptyDatabase(path: databasePath) }
        var result: ImportResult?
        let update = try database.updateDataset(commit: !dryRun) { stored in
            _ = try Self.enterprise(enterprise, in: stored)
            let merged = try DatasetReader.importFiles(
                paths, into: stored, enterprise: enterprise,
                totalLimit: maxWorkers.map { TotalRowLimit(.enterprise(enterprise), limit: $0) })
            result = merged
            return merged.dataset
        }
        guard let result else { preconditionFailure("updateDataset calls its transform") }
        return ImportSummary(result, wrote: update.changed && !dryRun, dryRun: dryRun)
    }

    /// An uploaded file's bytes imported as `file` (menu.csv or workers.csv) of `enterprise`, staged under
    /// that name so diagnostics name the file the enterprise knows. See ``importEnterpriseFiles(_:enterprise:dryRun:maxWorkers:)``.
    public func importEnterpriseUpload(
        _ bytes: Data, as file: DatasetFile, enterprise: String, maxWorkers: Int? = nil
    ) throws -> ImportSummary {
        try StagedFiles.with([file.rawValue: bytes]) { paths in
            try importEnterpriseFiles(Array(paths.values), enterprise: enterprise, maxWorkers: maxWorkers)
        }
    }
}
