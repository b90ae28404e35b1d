import Foundation

/// The rules of console accounts and sessions: hashing cost, password length, throttling, lifetimes.
public struct AccountPolicy: Hashable, Sendable {
    /// The bcrypt cost (log2 of its rounds): 12 by default; tests use 4, bcrypt's minimum, to stay fast.
    public var bcryptCost: UInt8
    /// Refused passwords for one name from one client within ``throttleWindow`` before further attempts of that
    /// client for that name are refused.
    public var maxFailures: Int
    /// Refused passwords for one name from all clients together within ``throttleWindow`` before every attempt
    /// for the name is refused: guessing spread over many addresses is slowed too.
    public var maxFailuresAllClients: Int
    public var throttleWindow: TimeInterval
    /// How long a session lasts after signing in.
    public var sessionLifetime: TimeInterval

    public static let minimumPasswordLength = 8
    /// bcrypt reads only the first 72 bytes of a password, so a longer one is refused rather than cut silently.
    public static let maximumPasswordBytes = 72
    public static let maximumNameLength = 64

    /// Whether a character of a name would not show as itself in a page or an audit line: a control or format
    /// character (such as U+202E, which reverses the text after it) or a line or paragraph separator.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// The problem with a new password's length, or nil.
    static func passwordProblem(_ password: String) -> ConsoleError? {
        if password.count < minimumPasswordLength { return .shortPassword(minimum: minimumPasswordLength) }
        if password.utf8.count > maximumPasswordBytes { return .longPassword(maximumBytes: maximumPasswordBytes) }
        return nil
    }

    public init(
        bcryptCost: UInt8 = 12, maxFailures: Int = 5, maxFailuresAllClients: Int = 50, throttleWindow: TimeInterval = 15 * 60,
        sessionLifetime: TimeInterval = 12 * 3600
    ) {
        self.bcryptCost = bcryptCost
        self.maxFailures = maxFailures
        self.maxFailuresAllClients = maxFailuresAllClients
        self.throttleWindow = throttleWindow
        self.sessionLifetime = sessionLifetime
    }
}
