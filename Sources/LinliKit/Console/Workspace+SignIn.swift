import Foundation
import HummingbirdBcrypt
import LinliStore

extension Workspace {
    /// Checks `password` for the account `name` and opens a session.
    ///
    /// After ``AccountPolicy/maxFailures`` refused passwords for the name from `client` (the address the
    /// request came from) within the policy's window, every attempt of that client for the name is refused
    /// without looking at the password until the oldest of them leaves the window; after
    /// ``AccountPolicy/maxFailuresAllClients`` from all clients together, every attempt for the name is. So one
    /// address guessing cannot lock the account's owner out, and guessing from many is still slowed (from ten
    /// or more addresses it can lock the name again, for the window). `client` is "" when unknown: all such
    /// attempts share one count. An unknown name, or a disabled account's, is refused like a wrong password, after
    /// the same bcrypt work, so neither the answer nor its time tells which names exist or which are disabled.
    /// - Throws: ``ConsoleError/throttled(minutes:)`` or ``ConsoleError/wrongPassword``.
    public func signIn(
        name: String, password: String, client: String, policy: AccountPolicy = AccountPolicy(), at now: Date = Date()
    ) throws -> SignIn {
        // Looked up as typed, so an account made before names were refused format characters still signs in (a
        // name longer than any account's names none); throttled and audited under ``loginName(_:)``.
        let typed: String? = name.count > AccountPolicy.maximumNameLength ? nil : name
        let name = Self.loginName(name)
        let database = try existingDatabase()
        let windowStart = now.addingTimeInterval(-policy.throttleWindow)
        let failures = try database.loginFailures(name: name, client: client, since: windowStart)
        if failures.fromClient >= policy.maxFailures || failures.all >= policy.maxFailuresAllClients {
            throw ConsoleError.throttled(minutes: Int((policy.throttleWindow / 60).rounded(.up)))
        }
        let found = try typed.flatMap { try database.account(named: $0) }
        let hash = Self.hashToVerify(found?.passwordHash, policy)
        let verified = Bcrypt.verify(password, hash: hash) && hash == found?.passwordHash
        guard let found, verified else {
            try database.recordLoginFailure(name: name, client: client, at: now, forgetBefore: windowStart)
            try database.appendAudit(AuditEntry(at: now, accountID: nil, accountName: name, action: "login.refused", details: "wrong name or password from \(client.isEmpty ? "an unknown address" : client)"))
            throw ConsoleError.wrongPassword
        }
        try database.clearLoginFailures(name: name, client: client)
        let token = SessionToken.make()
        let session = ConsoleSession(
            account: found.account, csrfToken: SessionToken.random(), expiresAt: now.addingTimeInterval(policy.sessionLifetime))
        // Refused when an admin disabled the account or reset its password while the password was being verified.
        guard try database.insertSession(
            selector: token.selector, verifierHash: token.verifierHash, accountID: found.account.id, passwordHash: found.passwordHash,
            csrfToken: session.csrfToken, at: now, expiresAt: session.expiresAt)
        else { throw ConsoleError.wrongPassword }
        try database.appendAudit(AuditEntry(at: now, accountID: found.account.id, accountName: name, action: "login", details: ""))
        return SignIn(session: session, token: token.token)
    }

    /// The live session of the browser holding `token`, or nil.
    ///
    /// - Parameter verified: tokens verified before, to skip bcrypt for them (a server keeps one; see
    ///   ``VerifiedTokens``). The stored session is read every time, so a session ended in the database ends
    ///   here too.
    public func session(token: String, at now: Date = Date(), verified: VerifiedTokens? = nil) throws -> ConsoleSession? {
        guard let parts = SessionToken.split(token),
              let found = try existingDatabase().session(selector: parts.selector, at: now)
        else { return nil }
        if verified?.admits(token, hash: found.verifierHash) == true { return found.session }
        guard Bcrypt.verify(parts.verifier, hash: found.verifierHash) else { return nil }
        verified?.remember(token, hash: found.verifierHash)
        return found.session
    }

    /// Ends the session of `token` (nothing when it names none).
    public func signOut(token: String) throws {
        guard let parts = SessionToken.split(token) else { return }
        try existingDatabase().deleteSession(selector: parts.selector)
    }

    /// The name a sign-in is looked up, throttled and audited under: a name longer than any account's can name
    /// none, so it is cut to ``AccountPolicy/maximumNameLength`` characters and marked with "…" (no account name
    /// holds that many), and the stored failure and audit rows stay small whatever was typed. Every control or
    /// format character and line or paragraph separator is written as its `\u{…}` escape (no account name holds
    /// one), so a typed name can neither break an audit line nor reorder how it shows.
    public static func loginName(_ typed: String) -> String {
        let name = printable(typed)
        return name.count > AccountPolicy.maximumNameLength ? String(name.prefix(AccountPolicy.maximumNameLength)) + "…" : name
    }

    /// `text` with every control or format character and line or paragraph separator (``AccountPolicy/isUnprintable(_:)``)
    /// written as its `\u{…}` escape: what goes into the audit log, so that no typed or uploaded text can break a line of
    /// it, reorder how it shows (U+202E), send a terminal escape or cut the row short (NUL).
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: AccountPolicy.isUnprintable) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if AccountPolicy.isUnprintable(scalar) {
                escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The hash a sign-in checks the password against: the account's, or the decoy when there is no account or it
    /// is disabled (its hash carries ``AppDatabase/disabledMark``, which bcrypt would refuse at once: the quick
    /// answer would tell a disabled account apart).
    static func hashToVerify(_ stored: String?, _ policy: AccountPolicy) -> String {
        guard let stored, !stored.hasPrefix(AppDatabase.disabledMark) else { return decoyHash(policy) }
        return stored
    }

    /// A well-formed bcrypt hash of the policy's cost that no password matches, checked for an unknown name so
    /// that it costs what a known one does.
    static func decoyHash(_ policy: AccountPolicy) -> String {
        let cost = String(policy.bcryptCost)
        return "$2b$" + String(repeating: "0", count: max(0, 2 - cost.count)) + cost + "$" + String(repeating: "a", count: 53)
    }
}
