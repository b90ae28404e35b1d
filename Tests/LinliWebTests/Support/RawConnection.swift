import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection to a server on 127.0.0.1 that sends bytes exactly as given, for requests no HTTP client
/// would send (a malformed chunk, a body cut short, a broken Content-Length).
enum RawConnection {
    /// Sends `request`, closes the sending side when `halfClose`, and returns everything the server sent until
    /// it closed the connection, or until it was silent for `seconds` (then `closed` is false).
    ///
    /// The blocking socket calls run on a thread of their own: on the cooperative pool they could hold every
    /// thread the in-process server needs to answer.
    static func exchange(port: Int, _ request: String, halfClose: Bool = false, seconds: Int = 5) async throws -> (text: String, closed: Bool) {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, request, halfClose: halfClose, seconds: seconds) })
            }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: String, halfClose: Bool, seconds: Int) throws -> (text: String, closed: Bool) {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw RawConnectionError("socket: errno \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw RawConnectionError("connect to port \(port): errno \(errno)") }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw RawConnectionError("send: errno \(errno)") }
            sent += n
        }
        if halfClose { shutdown(socket, Int32(SHUT_WR)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n > 0 { received += buffer[..<n]; continue }
            return (String(decoding: received, as: UTF8.self), n == 0)
        }
    }

    /// The status codes of every response in `text`, in order.
    static func statuses(_ text: String) -> [Int] {
        text.components(separatedBy: "\r\n").compactMap { line in
            guard line.hasPrefix("HTTP/1.1 ") else { return nil }
            return Int(line.dropFirst(9).prefix(3))
        }
    }
}

/// A socket call that failed.
struct RawConnectionError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
