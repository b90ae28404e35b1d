import Hummingbird
import LinliStore

/// The per-request state of the console: who is signed in and the form the request posted.
public struct ConsoleContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in session, set by ``SessionMiddleware``; nil for an anonymous browser.
    public var session: ConsoleSession?
    /// The form of a POST, parsed once by ``FormMiddleware`` after its CSRF token was checked; empty otherwise.
    public var form = FormData()
    /// The IP address the request came from ("" when the channel has none): sign-ins are throttled per name
    /// and client (``LoginPage``). Taken from the connection, never from a header a client could write; behind
    /// a reverse proxy every client is the proxy, and the throttle is per name alone.
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? ""
    }
}
