/// Why the console could not start serving, in words.
public enum ConsoleServeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host and port could not be listened on; `reason` is the network library's own words.
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotListen(address, reason):
            "cannot serve on \(address) (is the host an address of this computer, and the port free?): \(reason)"
        }
    }
}
