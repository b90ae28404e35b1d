import LinliStore

/// A successful sign-in: the session and the token its cookie carries (stored only as a hash).
public struct SignIn: Hashable, Sendable {
    public var session: ConsoleSession
    public var token: String
}
