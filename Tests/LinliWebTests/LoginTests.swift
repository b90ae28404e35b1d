import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HummingbirdBcrypt
import LinliKit
import LinliStore
import Synchronization
import Testing

@testable import LinliWeb

@Suite("Login, logout and throttling")
struct LoginTests {
    /// The policy of the tests that count failures over a live connection: a window of a day, because on a
    /// loaded machine the cooperative threads can leave such a test waiting longer than the 15 minutes of the
    /// default window between its first failure and its last check (it happened in CI).
    static let patient = AccountPolicy(bcryptCost: ConsoleFixture.policy.bcryptCost, throttleWindow: 86_400)

    /// Whether `error` is a throttled sign-in, however many minutes it names.
    static func isThrottled(_ error: any Error) -> Bool {
        if case ConsoleError.throttled = error { true } else { false }
    }

    /// The login page's CSRF token (from its form) and the cookie that must come back with it.
    static func loginForm(_ client: some TestClientProtocol) async throws -> (token: String, cookie: String) {
        let page = try await client.execute(uri: "/login", method: .get, headers: [:], body: nil)
        #expect(page.status == .ok)
        let token = try #require(page.text.firstMatch(of: /name="csrf_token" value="([0-9a-f.]+)"/)).output.1
        let cookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("linli_login_csrf=") })
        return (String(token), String(cookie.prefix { $0 != ";" }))
    }

    static func postLogin(
        _ client: some TestClientProtocol, name: String, password: String, form: (token: String, cookie: String),
        extra: [HTTPField] = []
    ) async throws -> TestResponse {
        let body = "name=\(Browser.encode(name))&password=\(Browser.encode(password))&csrf_token=\(form.token)"
        var headers: HTTPFields = [.cookie: form.cookie, .contentType: "application/x-www-form-urlencoded"]
        headers.append(contentsOf: extra)
        return try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theRightPasswordOpensASessionInAStrictHttpOnlyCookie() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "office-a", password: ConsoleFixture.password, form: form)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("linli_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"), "plain HTTP on 127.0.0.1 by default")
            let token = String(cookie.dropFirst("linli_session=".count).prefix { $0 != ";" })
            let session = try #require(try fixture.workspace.session(token: token))
            #expect(session.account.name == "office-a")

            // A signed-in browser that signs in again, as someone else, ends the session it held.
            let browser = try fixture.browser("office-a")
            let other = try await browser.post("/login", client, fields: [("name", "office-b"), ("password", ConsoleFixture.password)])
            #expect(other.status == .seeOther)
            #expect(try fixture.workspace.session(token: browser.sessionToken) == nil)
        }
    }

    @Test func aWrongPasswordIsRefusedAndTheSixthAttemptIsThrottled() async throws {
        let fixture = try ConsoleFixture(accounts: Self.patient)
        try await fixture.test { client in
            for _ in 0..<5 {
                let form = try await Self.loginForm(client)
                let response = try await Self.postLogin(client, name: "planner", password: "wrong-password", form: form)
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("账号或密码错误"))
            }
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "planner", password: ConsoleFixture.password, form: form)
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("登录失败次数过多"))
            #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("linli_session=") })
        }
    }

    /// Guessing from one address throttles that address for the name, not the account's owner signing in from
    /// another; guessing spread over many addresses throttles the name once the limit over all clients is hit.
    @Test func signInsAreThrottledPerClientWithALimitOverAllClients() throws {
        let fixture = try ConsoleFixture()
        let policy = AccountPolicy(bcryptCost: 4, maxFailures: 3, maxFailuresAllClients: 7)
        func attempt(_ password: String, from client: String) -> Result<String, ConsoleError> {
            do {
                return .success(try fixture.workspace.signIn(name: "planner", password: password, client: client, policy: policy).session.account.name)
            } catch let error as ConsoleError { return .failure(error) } catch { return .failure(.wrongPassword) }
        }
        for _ in 0..<3 { #expect(attempt("wrong-password", from: "10.0.0.1") == .failure(.wrongPassword)) }
        #expect(attempt(ConsoleFixture.password, from: "10.0.0.1") == .failure(.throttled(minutes: 15)))
        #expect(attempt(ConsoleFixture.password, from: "10.0.0.2") == .success("planner"), "the owner elsewhere is locked out")
        for i in 0..<4 { #expect(attempt("wrong-password", from: "10.0.1.\(i)") == .failure(.wrongPassword)) }
        #expect(attempt(ConsoleFixture.password, from: "10.0.0.9") == .failure(.throttled(minutes: 15)), "no limit over all clients")
    }

    /// Over a real connection the refused passwords are counted under the address they came from, and audited
    /// with it: that address is throttled, a sign-in counted under no address is not.
    @Test func aRealConnectionsFailuresCountUnderItsAddress() async throws {
        let fixture = try ConsoleFixture(accounts: Self.patient)
        try await fixture.test(.live) { client in
            for _ in 0..<5 {
                let form = try await Self.loginForm(client)
                let response = try await Self.postLogin(client, name: "planner", password: "wrong-password", form: form)
                #expect(response.status == .unauthorized)
            }
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "planner", password: ConsoleFixture.password, form: form)
            #expect(response.status == .tooManyRequests)
        }
        let policy = Self.patient
        let error = #expect(throws: ConsoleError.self) {
            try fixture.workspace.signIn(name: "planner", password: ConsoleFixture.password, client: "127.0.0.1", policy: policy)
        }
        #expect(error.map(Self.isThrottled) == true, "throttled under 127.0.0.1")
        #expect(try fixture.workspace.signIn(name: "planner", password: ConsoleFixture.password, client: "", policy: policy).session.account.name == "planner")
        let refused = try fixture.workspace.auditLog().filter { $0.action == "login.refused" }
        #expect(refused.count == 5 && refused.allSatisfy { $0.details == "wrong name or password from 127.0.0.1" })
    }

    /// Behind a trusted proxy (`--trusted-proxy 127.0.0.1`) the failures count under the address the proxy put in
    /// `X-Forwarded-For`: one client guessing is throttled, another behind the same proxy still signs in.
    @Test func behindATrustedProxyFailuresCountUnderTheForwardedAddress() async throws {
        let fixture = try ConsoleFixture(trustedProxies: ["127.0.0.1"], accounts: Self.patient)
        let guesser = HTTPField(name: ClientAddress.forwardedFor, value: "198.51.100.1, 203.0.113.7")
        let clerk = HTTPField(name: ClientAddress.forwardedFor, value: "203.0.113.8")
        try await fixture.test(.live) { client in
            for _ in 0..<5 {
                let form = try await Self.loginForm(client)
                let response = try await Self.postLogin(client, name: "planner", password: "wrong-password", form: form, extra: [guesser])
                #expect(response.status == .unauthorized)
            }
            var form = try await Self.loginForm(client)
            let throttled = try await Self.postLogin(client, name: "planner", password: ConsoleFixture.password, form: form, extra: [guesser])
            #expect(throttled.status == .tooManyRequests)
            form = try await Self.loginForm(client)
            let signedIn = try await Self.postLogin(client, name: "planner", password: ConsoleFixture.password, form: form, extra: [clerk])
            #expect(signedIn.status == .seeOther)
        }
        let refused = try fixture.workspace.auditLog().filter { $0.action == "login.refused" }
        #expect(refused.count == 5 && refused.allSatisfy { $0.details == "wrong name or password from 203.0.113.7" })
    }

    /// A server that trusts no proxy ignores the header: a client cannot escape the throttle by writing it.
    @Test func anUntrustedForwardedForIsIgnored() async throws {
        let fixture = try ConsoleFixture(accounts: Self.patient)
        try await fixture.test(.live) { client in
            for i in 0..<5 {
                let form = try await Self.loginForm(client)
                let forged = HTTPField(name: ClientAddress.forwardedFor, value: "203.0.113.\(i)")
                let response = try await Self.postLogin(client, name: "planner", password: "wrong-password", form: form, extra: [forged])
                #expect(response.status == .unauthorized)
            }
            let form = try await Self.loginForm(client)
            let fresh = HTTPField(name: ClientAddress.forwardedFor, value: "203.0.113.99")
            let response = try await Self.postLogin(client, name: "planner", password: ConsoleFixture.password, form: form, extra: [fresh])
            #expect(response.status == .tooManyRequests)
        }
        let refused = try fixture.workspace.auditLog().filter { $0.action == "login.refused" }
        #expect(refused.count == 5 && refused.allSatisfy { $0.details == "wrong name or password from 127.0.0.1" })
    }

    @Test func anUnknownNameIsRefusedLikeAWrongPassword() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "nobody", password: ConsoleFixture.password, form: form)
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("账号或密码错误"))
        }
    }

    @Test func behindTLSEveryCookieIsSecure() async throws {
        let fixture = try ConsoleFixture(secureCookies: true)
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "office-a", password: ConsoleFixture.password, form: form)
            #expect(response.status == .seeOther)
            let cookies = response.headers[values: .setCookie]
            #expect(cookies.count == 2 && cookies.allSatisfy { $0.contains("Secure") })
            let page = try await client.execute(uri: "/login", method: .get, headers: [:], body: nil)
            #expect(page.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
        }
    }

    @Test func theLoginPageShowsNoErrorUntilASignInFails() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/login", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(!page.text.contains("role=\"alert\""))
            #expect(!page.text.contains(">nil<"))
        }
    }

    @Test func aHugeNameIsRefusedAndStoredOnlyCut() async throws {
        let fixture = try ConsoleFixture()
        // 5,000 characters, 45 KB sent: within the limit of a form (FormMiddleware.maxFormBytes).
        let huge = String(repeating: "名", count: 5_000)
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: huge, password: "x", form: form)
            #expect(response.status == .unauthorized)
            #expect(response.text.count < 20_000)
            // 900 KB is past the limit of any form sent without a session.
            let flood = try await Self.postLogin(client, name: String(repeating: "名", count: 100_000), password: "x", form: form)
            #expect(flood.status == .contentTooLarge)
            #expect(flood.text.contains("64 KB"))
        }
        let audit = try fixture.workspace.auditLog()
        let refused = try #require(audit.first { $0.action == "login.refused" })
        #expect(refused.accountName == Workspace.loginName(huge))
        #expect(refused.accountName.count == AccountPolicy.maximumNameLength + 1)
    }

    @Test func aNameWithALineBreakOrADirectionOverrideIsAuditedEscaped() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "evil\nadmin,login,fake\u{202E}", password: "x", form: form)
            #expect(response.status == .unauthorized)
        }
        let refused = try #require(try fixture.workspace.auditLog().first { $0.action == "login.refused" })
        #expect(refused.accountName == "evil\\u{A}admin,login,fake\\u{202E}")
    }

    /// An account stored before names were refused format characters (here a zero-width joiner) still signs in:
    /// the name is looked up as typed, and audited escaped.
    @Test func anOlderAccountWithAFormatCharacterInItsNameStillSignsIn() throws {
        let fixture = try ConsoleFixture()
        let database = try AppDatabase.openExisting(path: fixture.workspace.databasePath)
        let name = "zhang\u{200D}li"
        _ = try database.insertAccount(
            name: name, role: .planner, communityID: nil, enterpriseID: nil,
            passwordHash: Bcrypt.hash(ConsoleFixture.password, cost: ConsoleFixture.policy.bcryptCost), at: Date())
        let signIn = try fixture.workspace.signIn(name: name, password: ConsoleFixture.password, client: "", policy: ConsoleFixture.policy)
        #expect(signIn.session.account.name == name)
        #expect(try fixture.workspace.auditLog().contains { $0.action == "login" && $0.accountName == "zhang\\u{200D}li" })
    }

    @Test func aLoginWithoutItsFormTokenIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let form = try await Self.loginForm(client)
            let response = try await Self.postLogin(client, name: "admin", password: ConsoleFixture.password, form: (token: "00", cookie: form.cookie))
            #expect(response.status == .forbidden)
        }
    }

    @Test func aMadeUpTokenInBothCookieAndFormIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let foreign = LoginTokens().make()
        try await fixture.test { client in
            for token in ["x", "00.00", foreign] {
                let forged = (token: token, cookie: "\(FormMiddleware.loginCookie)=\(token)")
                let response = try await Self.postLogin(client, name: "admin", password: ConsoleFixture.password, form: forged)
                #expect(response.status == .forbidden, "\(token)")
                #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("linli_session=") })
            }
            let real = try await Self.loginForm(client)
            #expect(fixture.console.loginTokens.verifies(real.token) && !fixture.console.loginTokens.verifies(foreign))
            let response = try await Self.postLogin(client, name: "admin", password: ConsoleFixture.password, form: real)
            #expect(response.status == .seeOther)
        }
    }

    /// A signed login token older than its lifetime, or issued in the future, is refused with 403 like a
    /// missing one; a fresh one of the same key signs in.
    /// The tokens are made just before each request and an hour away from each edge, so that a slow machine
    /// (the suite may wait minutes for its turn) cannot carry one across an edge.
    @Test func anExpiredOrFutureLoginTokenIsRefused() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let tokens = fixture.console.loginTokens
        let margin: TimeInterval = 3600
        try await fixture.test { client in
            let clocks: [@Sendable () -> Date] = [{ Date() - LoginTokens.lifetime - margin }, { Date() + LoginTokens.clockStep + margin }]
            for issued in clocks {
                let token = tokens.clocked(issued).make()
                let form = (token: token, cookie: "\(FormMiddleware.loginCookie)=\(token)")
                let response = try await Self.postLogin(client, name: "admin", password: ConsoleFixture.password, form: form)
                #expect(response.status == .forbidden, "\(token)")
                #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("linli_session=") })
            }
            let fresh = tokens.clocked { Date() - LoginTokens.lifetime + margin }.make()
            let response = try await Self.postLogin(
                client, name: "admin", password: ConsoleFixture.password, form: (token: fresh, cookie: "\(FormMiddleware.loginCookie)=\(fresh)"))
            #expect(response.status == .seeOther)
        }
    }

    /// A token is `nonce.time.mac`; it verifies up to its lifetime on the clock and not after, and a changed
    /// issue time breaks its MAC.
    @Test func aLoginTokenLastsItsLifetimeOnTheClock() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = Mutex(start)
        let tokens = LoginTokens { clock.withLock { $0 } }
        let token = tokens.make()
        let parts = token.split(separator: ".")
        #expect(parts.count == 3 && parts[1] == "1800000000")
        #expect(tokens.verifies(token))
        clock.withLock { $0 = start + LoginTokens.lifetime }
        #expect(tokens.verifies(token))
        clock.withLock { $0 = start + LoginTokens.lifetime + 1 }
        #expect(!tokens.verifies(token))
        let retimed = [parts[0], "1800007000", parts[2]].joined(separator: ".")
        #expect(!tokens.verifies(retimed))
        clock.withLock { $0 = start - LoginTokens.clockStep - 1 }
        #expect(!tokens.verifies(token), "issued in the future")
    }

    @Test func logoutNeedsTheTokenAndEndsTheSession() async throws {
        let fixture = try ConsoleFixture()
        let browser = try fixture.browser("enterprise-a")
        try await fixture.test { client in
            #expect(try await browser.post("/logout", client, csrf: false).status == .forbidden)
            #expect(try fixture.workspace.session(token: browser.sessionToken) != nil)
            let response = try await browser.post("/logout", client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
            #expect(try fixture.workspace.session(token: browser.sessionToken) == nil)
            #expect(try await browser.get("/", client).headers[.location] == "/login")
        }
        #expect(try fixture.workspace.auditLog().contains { $0.action == "logout" && $0.accountName == "enterprise-a" })
    }

    @Test func aVerifiedTokenSkipsBcryptOnlyWhileItsSessionLivesAndOnlyForThatVerifier() async throws {
        let fixture = try ConsoleFixture()
        let verified = VerifiedTokens()
        let token = try fixture.browser("office-a").sessionToken
        #expect(try fixture.workspace.session(token: token, verified: verified) != nil)
        #expect(verified.count == 1)
        #expect(try fixture.workspace.session(token: token, verified: verified) != nil)

        let selector = token.prefix { $0 != "." }
        let forged = selector + "." + String(repeating: "0", count: 64)
        #expect(try fixture.workspace.session(token: forged, verified: verified) == nil, "another verifier of a known selector")
        #expect(verified.count == 1)

        try fixture.workspace.signOut(token: token)
        #expect(try fixture.workspace.session(token: token, verified: verified) == nil, "the session ended in the database")

        let other = try fixture.browser("office-b").sessionToken
        #expect(try fixture.workspace.session(token: other, verified: verified) != nil)
        let account = try fixture.account("office-b")
        _ = try fixture.workspace.setAccountDisabled(id: account.id, true)
        #expect(try fixture.workspace.session(token: other, verified: verified) == nil, "a disabled account's session")
    }

    @Test func anAnonymousBrowserIsSentToTheLoginPage() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let response = try await Browser.anonymous.get("/", client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
        }
    }
}
