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

    /// Whether the source holds `file`: the folder has it, or it is one of the files.
    func provides(_ file: DatasetFile) -> Bool {
        switch self {
        case let .folder(path):
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent(file.rawValue).path)
        case let .files(paths):
            paths.contains { URL(fileURLWithPath: $0).lastPathComponent == file.rawValue }
        }
    }

    /// Refuses anything but a folder holding every required dataset file: what `import --replace` needs, and
    /// (`firstImport`) what a folder imported into a new database needs.
    func requireWholeDataset(firstImport: Bool = false) throws {
        guard case let .folder(path) = self else { throw KitError.replaceNeedsFolder }
        let folder = URL(fileURLWithPath: path)
        let missing = DatasetFile.required.map(\.rawValue).filter {
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        guard !missing.isEmpty else { return }
        throw firstImport ? KitError.incompleteFirstImport(folder: path, missing: missing) : KitError.incompleteDataset(folder: path, missing: missing)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
