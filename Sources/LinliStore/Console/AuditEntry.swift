import Foundation

/// One change made through the console: who, when, what.
public struct AuditEntry: Hashable, Sendable {
    public var at: Date
    /// The account that made the change; nil once that account was deleted, or for a failed login.
    public var accountID: Int64?
    /// The actor's login name at the time.
    public var accountName: String
    /// A short stable code such as `login`, `demand.import`.
    public var action: String
    /// What was changed, in words.
    public var details: String

    public init(at: Date, accountID: Int64?, accountName: String, action: String, details: String) {
        self.at = at
        self.accountID = accountID
        self.accountName = accountName
        self.action = action
        self.details = details
    }
}
