import Foundation
import Testing

@testable import LinliDataset

/// Output files are whole or as they were; a link keeps pointing at the file it names; a device or pipe is written
/// into, never replaced by a file; a folder is refused.
@Suite struct OutputFileTests {
    @Test func aNewOrRegularFileIsReplacedWhole() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        try OutputFile.write("one\n", to: folder.file("a.csv"))
        #expect(folder.read("a.csv") == "one\n")
        try OutputFile.write("two\n", to: folder.file("a.csv"))
        #expect(folder.read("a.csv") == "two\n")
    }

    @Test func aLinkIsFollowedAndStaysALink() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let target = folder.write("target.csv", "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.csv"), withDestinationPath: target)
        try OutputFile.write("new\n", to: folder.file("link.csv"))
        #expect(folder.read("target.csv") == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.csv")) == target)
    }

    /// A FIFO is written into (a reader gets the bytes) and is still a FIFO afterwards.
    @Test func aPipeIsWrittenIntoNotReplaced() async throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { () -> String in
            let handle = FileHandle(forReadingAtPath: fifo)!
            defer { try? handle.close() }
            return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        }
        try OutputFile.write("through the pipe\n", to: fifo)
        #expect(await reader.value == "through the pipe\n")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func aFullDeviceAndAFolderAreErrorsNamingThePath() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try #require(throws: CocoaError.self) { try OutputFile.write("x", to: "/dev/full") }
            #expect(full.userInfo[NSFilePathErrorKey] as? String == "/dev/full")
        }
        let error = try #require(throws: CocoaError.self) { try OutputFile.write("x", to: folder.path) }
        #expect(error.userInfo[NSFilePathErrorKey] as? String == folder.path)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
    }
}
