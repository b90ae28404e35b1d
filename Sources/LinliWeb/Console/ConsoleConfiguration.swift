import LinliKit

/// How a console server runs: where it listens, its account rules and its upload limit.
public struct ConsoleConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Bcrypt cost, throttling and session lifetime.
    public var accounts: AccountPolicy
    /// The largest request body accepted (an uploaded CSV and its form), in bytes; larger ones get 413.
    public var maxUploadBytes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, accounts: AccountPolicy = AccountPolicy(), maxUploadBytes: Int = 8 << 20) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.maxUploadBytes = maxUploadBytes
    }
}
