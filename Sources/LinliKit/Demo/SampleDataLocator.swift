import Foundation

/// Finds the SampleData folder: in the current directory, next to the package the executable was built
/// in, or next to this source file's package.
enum SampleDataLocator {
    static let folderName = "SampleData"

    /// The first candidate folder that holds a dataset (its communities.csv).
    static func locate(filePath: String = #filePath) throws -> String {
        let candidates = candidates(filePath: filePath)
        for folder in candidates where FileManager.default.fileExists(atPath: folder + "/communities.csv") {
            return folder
        }
        throw KitError.noSampleData(searched: candidates)
    }

    static func candidates(filePath: String) -> [String] {
        let fm = FileManager.default
        var folders = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        // The executable lives in <package>/.build/<config>/ or <package>/.build/<triple>/<config>/.
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            executable.deleteLastPathComponent()
            folders.append(executable)
        }
        // Sources/LinliKit/Demo/SampleDataLocator.swift → the package root.
        var source = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        folders.append(source)
        var seen = Set<String>()
        return folders.map { $0.appendingPathComponent(folderName).standardizedFileURL.path }.filter { seen.insert($0).inserted }
    }
}
