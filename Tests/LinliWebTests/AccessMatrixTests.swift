import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliStore
import Testing

@testable import LinliWeb

/// The security matrix: every route of ``AreaRegistry`` (so pages added later are covered without a new test)
/// against every role, with ids of other communities and enterprises guessed into paths, queries and forms.
@Suite("Access matrix over every registered route")
struct AccessMatrixTests {
    static let roles = ["admin", "planner", "office-a", "enterprise-a"]

    /// The route's path with each parameter filled: scoped ids by `value`, the others by the route's example.
    static func path(_ route: RouteDescriptor, _ value: (ScopedID.Kind) -> String) -> String {
        var path = route.path
        for name in route.pathParameters {
            let id = route.scoped.first { $0.source == .path && $0.name == name }
            let filled = id.map { value($0.kind) } ?? route.examples[name] ?? "x"
            path = path.replacingOccurrences(of: "{\(name)}", with: filled).replacingOccurrences(of: ":\(name)", with: filled)
        }
        return path
    }

    static func request(_ route: RouteDescriptor, _ browser: Browser, uri: String, fields: [(String, String)] = [], csrf: Bool = true,
                        _ client: some TestClientProtocol) async throws -> TestResponse {
        if route.method == .post { return try await browser.post(uri, client, fields: fields, csrf: csrf) }
        return try await client.execute(uri: uri, method: route.method, headers: [.cookie: browser.cookieHeader], body: nil)
    }

    /// The request of `route` for `account` with another's id (or one that does not exist) put where `id` is read;
    /// nil when the account may see every id of its kind.
    static func guess(_ id: ScopedID, of route: RouteDescriptor, for account: ConsoleAccount, _ samples: ScopeSamples)
        -> (uri: String, fields: [(String, String)])? {
        guard let foreign = samples.foreign(id.kind, for: account) else { return nil }
        var uri = path(route) { kind in kind == id.kind && id.source == .path ? foreign : samples.own(kind, for: account) }
        var fields: [(String, String)] = []
        switch id.source {
        case .path: break
        case .query: uri += "?\(id.name)=\(Browser.encode(foreign))"
        case .form: fields.append((id.name, foreign))
        }
        return (uri, fields)
    }

    static func containsToken(_ text: String, _ token: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: token) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let boundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true }
            if boundary(before), boundary(after) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    @Test func everyRouteRefusesTheRolesItDoesNotList() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        let routes = AreaRegistry.routes.filter { !$0.isOpen }
        #expect(!routes.isEmpty)
        try await fixture.test { client in
            for name in Self.roles {
                let account = try fixture.account(name), browser = try fixture.browser(name)
                for route in routes where !route.roles.contains(account.role) {
                    let uri = Self.path(route) { samples.own($0, for: account) }
                    let response = try await Self.request(route, browser, uri: uri, client)
                    #expect([.forbidden, .notFound].contains(response.status), "\(name) \(route.method) \(uri): \(response.status)")
                }
            }
        }
    }

    @Test func guessedIdsOfOthersAnswer404InPathsQueriesAndForms() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        try await fixture.test { client in
            for name in Self.roles + ["office-b", "enterprise-b"] {
                let account = try fixture.account(name), browser = try fixture.browser(name)
                for route in AreaRegistry.routes where route.roles.contains(account.role) {
                    for id in route.scoped {
                        guard let guess = Self.guess(id, of: route, for: account, samples) else { continue }
                        let response = try await Self.request(route, browser, uri: guess.uri, fields: guess.fields, client)
                        #expect(response.status == .notFound, "\(name) \(route.method) \(guess.uri) \(guess.fields): \(response.status)")
                    }
                }
            }
        }
    }

    @Test func noPageOrDownloadShowsAPersonalRowOutsideTheViewersScope() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        try await fixture.test { client in
            for name in ["planner", "office-a", "office-b", "enterprise-a"] {
                let account = try fixture.account(name), browser = try fixture.browser(name)
                let forbidden = samples.forbiddenTokens(for: account)
                #expect(!forbidden.isEmpty)
                for route in AreaRegistry.routes where route.method == .get && route.roles.contains(account.role) {
                    let base = Self.path(route) { samples.own($0, for: account) }
                    // Guess every kind of foreign id into the query as well: undeclared ones must be ignored.
                    let guesses = ScopedID.Kind.allCases.compactMap { kind in
                        samples.foreign(kind, for: account).map { "\(kind.rawValue)=\(Browser.encode($0))" }
                    }
                    for uri in [base, base + "?" + guesses.joined(separator: "&")] {
                        let response = try await browser.get(uri, client)
                        guard response.status == .ok else {
                            #expect([.forbidden, .notFound].contains(response.status), "\(name) GET \(uri): \(response.status)")
                            continue
                        }
                        let text = response.text
                        for token in forbidden where Self.containsToken(text, token) {
                            Issue.record("\(name) GET \(uri) shows \(token), which is outside its scope")
                        }
                    }
                }
            }
        }
    }

    @Test func everyPostWithoutTheTokenIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        let posts = AreaRegistry.routes.filter { $0.method == .post }
        #expect(!posts.isEmpty)
        try await fixture.test { client in
            for name in Self.roles {
                let account = try fixture.account(name), browser = try fixture.browser(name)
                let forged = Browser(sessionToken: browser.sessionToken, csrfToken: String(repeating: "0", count: 64))
                for route in posts {
                    let uri = Self.path(route) { samples.own($0, for: account) }
                    #expect(try await browser.post(uri, client, csrf: false).status == .forbidden, "\(name) POST \(uri) without token")
                    #expect(try await forged.post(uri, client).status == .forbidden, "\(name) POST \(uri) with a forged token")
                }
                #expect(try fixture.workspace.session(token: browser.sessionToken) != nil, "\(name) is still signed in")
            }
        }
    }

    @Test func anAnonymousBrowserReachesNoPage() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        let admin = try fixture.account("admin")
        try await fixture.test { client in
            for route in AreaRegistry.routes where !route.isOpen {
                let uri = Self.path(route) { samples.own($0, for: admin) }
                let response = try await Self.request(route, .anonymous, uri: uri, client)
                let toLogin = response.status == .seeOther && response.headers[.location] == "/login"
                #expect(toLogin || response.status == .forbidden, "anonymous \(route.method) \(uri): \(response.status)")
            }
        }
    }
}
