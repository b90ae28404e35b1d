import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The wire of the W3C WebDriver protocol (https://www.w3.org/TR/webdriver2/): JSON commands over HTTP to a
/// driver such as chromedriver, answers wrapped in `{"value": …}`.
///
/// Hand-written because no Swift WebDriver library is among the packages this project can use; the protocol
/// needs only a handful of endpoints. They are sent with AsyncHTTPClient, which HummingbirdTesting builds
/// anyway: Foundation's `URLSession` on Linux rejects chromedriver's answers, whose header lines have no space
/// after the colon (`Content-Length:250`), with "Failed writing header".
public struct WebDriver: Sendable {
    /// Where the driver listens, e.g. `http://127.0.0.1:9515`.
    public let base: URL

    public init(base: URL) { self.base = base }

    /// The body of a command without parameters (the protocol wants `{}` rather than no body on POST).
    public struct Empty: Codable, Sendable {
        public init() {}
    }

    private struct Reply<Value: Decodable>: Decodable { var value: Value }

    private struct Failure: Decodable {
        var error: String
        var message: String
    }

    /// Sends `method path` with `body` (JSON) and decodes the answer's `value` as `Value`, waiting at most
    /// `seconds` (AsyncHTTPClient keeps retrying a refused connection until then).
    ///
    /// - Throws: ``WebDriverError`` when the driver answers with an error object or cannot be reached.
    public func send<Value: Decodable>(
        _ method: String, _ path: String, _ body: (some Encodable)? = Empty?.none, as: Value.Type = Value.self,
        seconds: Int64 = 120
    ) async throws -> Value {
        var request = HTTPClientRequest(url: base.appendingPathComponent(path).absoluteString)
        request.method = HTTPMethod(rawValue: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        } else if method == "POST" {
            request.body = .bytes(ByteBuffer(string: "{}"))
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        }
        let status: UInt
        let data: Data
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(seconds))
            status = response.status.code
            data = Data(try await response.body.collect(upTo: 64 << 20).readableBytesView)
        } catch {
            throw WebDriverError(command: "\(method) \(path)", error: "unreachable", message: "\(error)")
        }
        guard status == 200 else {
            let failure = try? JSONDecoder().decode(Reply<Failure>.self, from: data).value
            throw WebDriverError(
                command: "\(method) \(path)", error: failure?.error ?? "HTTP \(status)",
                message: failure?.message ?? String(decoding: data.prefix(500), as: UTF8.self))
        }
        do {
            return try JSONDecoder().decode(Reply<Value>.self, from: data).value
        } catch {
            throw WebDriverError(
                command: "\(method) \(path)", error: "unexpected answer",
                message: "\(error): \(String(decoding: data.prefix(500), as: UTF8.self))")
        }
    }

    /// Sends a command whose answer carries no value worth reading (`{"value": null}`).
    public func perform(
        _ method: String, _ path: String, _ body: (some Encodable)? = Empty?.none, seconds: Int64 = 120
    ) async throws {
        let _: Ignored = try await send(method, path, body, seconds: seconds)
    }

    /// Decodes any JSON value and keeps nothing.
    private struct Ignored: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}

/// An error answer of a WebDriver command (https://www.w3.org/TR/webdriver2/#errors), or a driver that
/// could not be reached.
public struct WebDriverError: Error, CustomStringConvertible {
    public var command: String
    public var error: String
    public var message: String

    public var description: String {
        "WebDriver \(command): \(error): \(message.split(separator: "\n").first.map(String.init) ?? "")"
    }
}
