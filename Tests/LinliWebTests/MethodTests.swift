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

    /// A body sent without a session is held to the form limit, whatever its type: an anonymous 8 MB form of `+`
    /// once took 20 s to decode. Refused with 413 naming the limit, and the sign-in page still answers.
    @Test func anAnonymousFloodIsRefusedOnItsSize() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            let plus = ByteBuffer(string: "name=" + String(repeating: "+", count: FormMiddleware.maxFormBytes))
            for type in ["application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "text/plain"] {
                let refused = try await client.execute(uri: "/login", method: .post, headers: [.contentType: type], body: plus)
                #expect(refused.status == .contentTooLarge, "\(type)")
                #expect(String(buffer: refused.body).contains("64 KB"), "\(type)")
            }
            #expect(try await Browser.anonymous.get("/login", client).status == .ok)
        }
    }

    /// Only a signed-in user's multipart upload may be larger than a form: the same bytes as a typed form are 413,
    /// as a file they reach the page (which refuses the file for what it holds, not for its size).
    @Test func onlyASignedInUploadMayExceedTheFormLimit() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let clerk = try fixture.browser("office-a")
        let bytes = Array(repeating: UInt8(ascii: "x"), count: FormMiddleware.maxFormBytes + 1_000)
        try await fixture.test { client in
            let typed = try await clerk.post("/office/demands", client, fields: [("note", String(decoding: bytes, as: UTF8.self))])
            #expect(typed.status == .contentTooLarge)
            let file = try await clerk.upload("/office/demands", fileName: "demands.csv", bytes: bytes, client)
            #expect(file.status != .contentTooLarge)
            #expect(file.status == .unprocessableContent, "\(file.status)")
            let anonymous = try await Browser.anonymous.upload("/office/demands", fileName: "demands.csv", bytes: bytes, csrf: false, client)
            #expect(anonymous.status == .contentTooLarge)
        }
    }

    /// A part whose headers run on without their blank line is refused before the multipart parser sees it.
    @Test func aMultipartPartHeaderOverTheLimitIsRefused() throws {
        let long = "--b\r\nContent-Disposition: form-data; name=\"a\"; x=\"" + String(repeating: "y", count: FormData.maxPartHeaderBytes)
            + "\"\r\n\r\nvalue\r\n--b--\r\n"
        let error = #expect(throws: ConsoleHTTPError.self) { try FormData.parse(ByteBuffer(string: long), contentType: "multipart/form-data; boundary=b") }
        #expect(error?.status == .badRequest)
        #expect(error?.message.contains("header") == true)
        let endless = "--b\r\nContent-Disposition: form-data; name=\"a\"" + String(repeating: "y", count: 100_000)
        #expect(throws: ConsoleHTTPError.self) { try FormData.parse(ByteBuffer(string: endless), contentType: "multipart/form-data; boundary=b") }
        let fits = "--b\r\nContent-Disposition: form-data; name=\"a\"; x=\"" + String(repeating: "y", count: FormData.maxPartHeaderBytes - 100)
            + "\"\r\n\r\nvalue\r\n--b\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\nd\r\n--b--\r\n"
        let form = try FormData.parse(ByteBuffer(string: fits), contentType: "multipart/form-data; boundary=b")
        #expect(form.value("a") == "value" && form.value("c") == "d")
    }

    /// `+` is a space, `%XX` a byte; a long value decodes as sent.
    @Test func aURLEncodedValueIsDecodedByteByByte() throws {
        let form = try FormData.parse(
            ByteBuffer(string: "a=" + String(repeating: "+", count: 60_000) + "&b=%e4%b8%ad%2B%25&c&=x"), contentType: "application/x-www-form-urlencoded")
        #expect(form.value("a") == String(repeating: " ", count: 60_000))
        #expect(form.value("b") == "中+%")
        #expect(form.value("c") == "")
        #expect(form.value("") == "x")
        for bad in ["a=%4", "a=%G0", "a=%"] {
            #expect(throws: ConsoleHTTPError.self, "\(bad)") { try FormData.parse(ByteBuffer(string: bad), contentType: "application/x-www-form-urlencoded") }
        }
    }

    /// Over the real server, anonymous: the refusal comes at once, and the sign-in page still answers.
    @Test func anAnonymousFloodOfEmptyFieldsIsRefusedQuickly() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            // 30,000 fields in 60 KB: within the size of a form, far over its count.
            let body = ByteBuffer(string: Array(repeating: "a", count: 30_000).joined(separator: "&"))
            let refused = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("too many fields"))
            #expect(try await Browser.anonymous.get("/login", client).status == .ok)
        }
    }
}
