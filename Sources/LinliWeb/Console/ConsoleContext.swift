import Hummingbird
import LinliStore

/// The per-request state of the console: who is signed in and the form the request posted.
public struct ConsoleContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in session, set by ``SessionMiddleware``; nil for an anonymous browser.
    public var session: ConsoleSession?
    /// The form of a POST, parsed once by ``FormMiddleware`` after its CSRF token was checked; empty otherwise.
    public var form = FormData()
    /// The IP address of the connection's peer ("" when the channel has none): sign-ins are throttled per name
    /// and client (``LoginPage``), the client being this address unless it is a trusted reverse proxy
    /// (``ClientAddress/resolve(peer:forwardedFor:trusted:)``).
    public let peerAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress ?? ""
    }
}
