import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import LinliWeb

/// A method a path does not take gets 405 with `Allow`, and OPTIONS gets `Allow`, whoever asks and whatever ids
/// the path holds; a form whose text is not UTF-8 is refused rather than stored as something nobody typed.
@Suite("Methods and form text")
struct MethodTests {
    static let probed: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]

    /// Every route's path, with the office clerk's own ids and with another community's, signed in and not.
    @Test func aMethodAPathDoesNotTakeGets405WithAllow() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        let office = try fixture.account("office-a")
        let clerk = try fixture.browser("office-a")
        let table = Dictionary(grouping: AreaRegistry.routes, by: \.path).mapValues { Set($0.map(\.method)) }
        try await fixture.test { client in
            var probes = 0
            for (path, declared) in table {
                let allowed = declared.contains(.get) ? declared.union([.head]) : declared
                let route = AreaRegistry.routes.first { $0.path == path }!
                var uris = [AccessMatrixTests.path(route) { samples.own($0, for: office) }]
                uris += route.scoped.compactMap { AccessMatrixTests.guess($0, of: route, for: office, samples)?.uri }
                for uri in uris {
                    for browser in [clerk, Browser.anonymous] {
                        let cookie: HTTPFields = [.cookie: browser.cookieHeader]
                        let options = try await client.execute(uri: uri, method: .options, headers: cookie, body: nil)
                        #expect(options.status == .noContent, "OPTIONS \(uri)")
                        let allow = try #require(options.headers[.allow], "OPTIONS \(uri) lists no methods")
                        let listed = Set(allow.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                        #expect(listed == Set((allowed.union([.options])).map(\.rawValue)), "OPTIONS \(uri): \(allow)")
                        for method in Self.probed where !allowed.contains(method) {
                            let answer = try await client.execute(uri: uri, method: method, headers: cookie, body: nil)
                            #expect(answer.status == .methodNotAllowed, "\(method) \(uri): \(answer.status)")
                            #expect(answer.headers[.allow] == allow, "\(method) \(uri)")
                            #expect(answer.headers[.contentSecurityPolicy] != nil, "\(method) \(uri)")
                            probes += 1
                        }
                    }
                }
            }
            #expect(probes > table.count)
            for method in Self.probed {
                let unknown = try await client.execute(uri: "/no/such/page", method: method, headers: [.cookie: clerk.cookieHeader], body: nil)
                #expect(unknown.status == .notFound, "\(method) of a path no route has is 404, not 405 or the CSRF check's 403")
            }
        }
    }

    @Test(arguments: [
        ("a %-escape of a byte that is not UTF-8", "application/x-www-form-urlencoded", "name=%FF%FE&password=x"),
        ("a lone continuation byte in a name", "application/x-www-form-urlencoded", "na%80me=x"),
        ("a % that starts no escape", "application/x-www-form-urlencoded", "name=100%&password=x"),
    ])
    func aURLEncodedFormThatIsNotUTF8IsRefused(what: String, type: String, body: String) throws {
        #expect(throws: ConsoleHTTPError.self, "\(what)") { try FormData.parse(ByteBuffer(string: body), contentType: type) }
    }

    @Test func rawBytesThatAreNotUTF8AreRefusedInEitherKindOfForm() throws {
        var raw = ByteBuffer(string: "name=")
        raw.writeBytes([0xE4, 0xB8])
        #expect(throws: ConsoleHTTPError.self) { try FormData.parse(raw, contentType: "application/x-www-form-urlencoded") }
        var multipart = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n")
        multipart.writeBytes([0x61, 0xC3, 0x28])
        multipart.writeString("\r\n--b--\r\n")
        let error = #expect(throws: ConsoleHTTPError.self) { try FormData.parse(multipart, contentType: "multipart/form-data; boundary=b") }
        #expect(error?.status == .badRequest)
    }

    @Test func textInUTF8IsReadAsSent() throws {
        let form = try FormData.parse(ByteBuffer(string: "note=%E4%B8%AD+%E6%96%87&x=a%2Bb"), contentType: "application/x-www-form-urlencoded")
        #expect(form.value("note") == "中 文")
        #expect(form.value("x") == "a+b")
        let multipart = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n中文\r\n--b--\r\n")
        let parsed = try FormData.parse(multipart, contentType: "multipart/form-data; boundary=b")
        #expect(parsed.value("note") == "中文")
    }
}

/// A form of more fields than any page has is refused on a count of its separators, before it is parsed or its
/// CSRF token looked at: millions of empty fields once held the server for 14 s each.
@Suite("Form size")
struct FormSizeTests {
    @Test func aURLEncodedBodyOfTooManyFieldsIsRefusedBeforeParsing() throws {
        let many = ByteBuffer(string: Array(repeating: "a", count: FormData.maxFields + 1).joined(separator: "&"))
        let error = #expect(throws: ConsoleHTTPError.self) { try FormData.parse(many, contentType: "application/x-www-form-urlencoded") }
        #expect(error?.status == .badRequest)
        let enough = ByteBuffer(string: Array(repeating: "a=1", count: FormData.maxFields).joined(separator: "&"))
        #expect(try FormData.parse(enough, contentType: "application/x-www-form-urlencoded").values("a").count == FormData.maxFields)
    }

    @Test func aMultipartBodyOfTooManyPartsIsRefusedBeforeParsing() throws {
        let part = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
        let many = ByteBuffer(string: String(repeating: part, count: FormData.maxFields + 1) + "--b--\r\n")
        #expect(throws: ConsoleHTTPError.self) { try FormData.parse(many, contentType: "multipart/form-data; boundary=b") }
        let few = ByteBuffer(string: String(repeating: part, count: 3) + "--b--\r\n")
        #expect(try FormData.parse(few, contentType: "multipart/form-data; boundary=b").values("a") == ["x", "x", "x"])
        let enough = ByteBuffer(string: String(repeating: part, count: FormData.maxFields) + "--b--\r\n")
        #expect(try FormData.parse(enough, contentType: "multipart/form-data; boundary=b").values("a").count == FormData.maxFields)
    }

    /// RFC 2046 allows a boundary of 1 to 70 characters; a longer one would make the count of parts slow on purpose.
    @Test func aMultipartBoundaryLongerThanSeventyCharactersIsRefused() throws {
        let long = String(repeating: "-", count: 71)
        let body = ByteBuffer(string: String(repeating: "-", count: 100_000))
        let error = #expect(throws: ConsoleHTTPError.self) { try FormData.parse(body, contentType: "multipart/form-data; boundary=\(long)") }
        #expect(error?.status == .badRequest)
    }

    /// Over the real server, anonymous: the refusal comes at once, and the sign-in page still answers.
    @Test func anAnonymousFloodOfEmptyFieldsIsRefusedQuickly() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            let body = ByteBuffer(string: Array(repeating: "a", count: 100_000).joined(separator: "&"))
            let refused = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("too many fields"))
            #expect(try await Browser.anonymous.get("/login", client).status == .ok)
        }
    }
}
