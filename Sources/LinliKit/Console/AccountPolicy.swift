import Foundation

/// The rules of console accounts and sessions: hashing cost, password length, throttling, lifetimes.
public struct AccountPolicy: Hashable, Sendable {
    /// The bcrypt cost (log2 of its rounds): 12 by default; tests use 4, bcrypt's minimum, to stay fast.
    public var bcryptCost: UInt8
    /// Refused passwords for one name within ``throttleWindow`` before further attempts are refused.
    public var maxFailures: Int
    public var throttleWindow: TimeInterval
    /// How long a session lasts after signing in.
    public var sessionLifetime: TimeInterval

    public static let minimumPasswordLength = 8
    public static let maximumNameLength = 64

    public init(bcryptCost: UInt8 = 12, maxFailures: Int = 5, throttleWindow: TimeInterval = 15 * 60, sessionLifetime: TimeInterval = 12 * 3600) {
        self.bcryptCost = bcryptCost
        self.maxFailures = maxFailures
        self.throttleWindow = throttleWindow
        self.sessionLifetime = sessionLifetime
    }
}
