import Foundation
import LinliDataset
import LinliModel

/// What `linli import` was pointed at: one dataset folder, or single CSV files for an incremental import.
enum ImportSource: Hashable, Sendable {
    case folder(String)
    case files([String])

    /// Classifies the command-line paths; a folder must come alone.
    init(_ paths: [String]) throws {
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw KitError.missingPath(missing)
        }
        let folders = paths.filter(Self.isFolder)
        if folders.isEmpty {
            self = .files(paths)
        } else if paths.count == 1 {
            self = .folder(paths[0])
        } else {
            throw KitError.mixedImportPaths
        }
    }

    /// Reads, validates and merges the source into `base`; service records of visits not in `rostered` get a warning.
    func read(into base: Dataset, rostered: Set<VisitKey>? = nil) throws(DiagnosticsError) -> ImportResult {
        switch self {
        case let .folder(path): try DatasetReader.importDirectory(path, into: base, rostered: rostered)
        case let .files(paths): try DatasetReader.importFiles(paths, into: base, rostered: rostered)
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
