import Foundation

/// A signed-in browser: the account and the token every form it posts must carry.
public struct ConsoleSession: Hashable, Sendable {
    public var account: ConsoleAccount
    /// The anti-CSRF token of the session's forms.
    public var csrfToken: String
    public var expiresAt: Date

    public init(account: ConsoleAccount, csrfToken: String, expiresAt: Date) {
        self.account = account
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}
