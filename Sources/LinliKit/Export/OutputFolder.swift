import Foundation

/// A folder a command writes its files into: refused when it is a file, or when it already holds files
/// (unless forced), so an export never silently mixes its files with others; failures name the path.
struct OutputFolder: Hashable, Sendable {
    let path: String

    /// Refuses a path that is a file, or a folder that is not empty unless `force`.
    /// - Throws: `KitError.cannotWrite` or `KitError.folderNotEmpty`.
    func check(force: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw KitError.cannotWrite(path: path, reason: "it is a file, not a folder") }
        let contents = try translating { try FileManager.default.contentsOfDirectory(atPath: path) }
        if !force, !contents.isEmpty { throw KitError.folderNotEmpty(path: path) }
    }

    /// Runs `body`, which writes into the folder, turning a file-system error into `KitError.cannotWrite`
    /// naming the file or folder at fault.
    func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CocoaError {
            let underlying = (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription
            throw KitError.cannotWrite(path: error.filePath ?? path, reason: underlying ?? error.localizedDescription)
        } catch let error as POSIXError {
            throw KitError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
