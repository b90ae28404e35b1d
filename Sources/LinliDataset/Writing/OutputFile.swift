import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one way the tools write a file a user named (`--out`, `--report`, `--map`, a roster folder's files).
///
/// A regular file, or a new one, is written atomically: a temporary file beside it renamed over it, so it is
/// whole or as it was. A symbolic link is followed, so the file it points at is replaced and the link stays. A
/// device, FIFO or socket (`/dev/stdout`, a pipe) is written into, never renamed over: the atomic rename once
/// put a regular file where `/dev/stdout` was, and a write to `/dev/full` reported success. A folder is refused.
public enum OutputFile {
    /// Writes `data` to `path` as described above.
    /// - Throws: `CocoaError` naming `path` (and the system's reason) when it cannot be written.
    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var info = stat()
        guard stat(target.path, &info) == 0 else {
            try data.write(to: target, options: .atomic)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            try data.write(to: target, options: .atomic)
        case S_IFDIR:
            throw failure(path: path, errno: EISDIR)
        default:
            try writeInto(data, path: target.path, shownAs: path)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes every byte into the existing special file at `path`, reporting a short or failed write.
    private static func writeInto(_ data: Data, path: String, shownAs shown: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path: shown, errno: errno) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path: shown, errno: errno)
                }
                offset += n
            }
        }
    }

    private static func failure(path: String, errno code: Int32) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: path,
            NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code)),
        ])
    }
}
