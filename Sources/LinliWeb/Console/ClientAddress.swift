import Foundation
import HTTPTypes
import NIOCore

/// The address a request came from, for the sign-in throttle and its audit lines.
///
/// It is the connection's peer, unless that peer is one of the reverse proxies the server was told to trust
/// (`linli serve --trusted-proxy`): then it is the nearest address in `X-Forwarded-For` that is not a trusted
/// proxy, reading the header from the right, where each proxy appends the address it was reached from. A client
/// can write anything into the header, but only the entries to the left of what a trusted proxy appended, and
/// those are never read: the rightmost untrusted entry is the one the outermost trusted proxy saw (the usual
/// reading, as in nginx's `real_ip_recursive on` and MDN's X-Forwarded-For notes). An entry that is not an IP
/// address ends the reading at the last trusted hop, so nothing but an address ever reaches the throttle table
/// or the audit log.
public enum ClientAddress {
    /// The header a reverse proxy appends the address it was reached from to.
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// The client address of a request whose connection came from `peer` (an IP address, or "" when the
    /// channel has none), carrying the `X-Forwarded-For` lines `forwardedFor`, to a server trusting `trusted`
    /// (normalised addresses, ``normalised(_:)``).
    /// - Complexity: O(length of the header lines).
    static func resolve(peer: String, forwardedFor: [String], trusted: Set<String>) -> String {
        guard !trusted.isEmpty, let peerAddress = normalised(peer), trusted.contains(peerAddress) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
        var nearest = peerAddress
        for hop in hops.reversed() {
            guard let address = normalised(hop.trimmingCharacters(in: .whitespaces)) else { return nearest }
            nearest = address
            if !trusted.contains(address) { return address }
        }
        return nearest
    }

    /// `text` as an IP address in its canonical form (IPv4 dotted, an IPv4-mapped IPv6 address as its IPv4
    /// address, as a server listening on `::` reports IPv4 peers; other IPv6 as the system prints it), or nil
    /// when it is not one. NIO parses it, numerically only (no name is looked up); a port or brackets make it
    /// no address.
    public static func normalised(_ text: some StringProtocol) -> String? {
        guard !text.isEmpty, text.count <= 64, let address = (try? SocketAddress(ipAddress: String(text), port: 0))?.ipAddress
        else { return nil }
        let mapped = "::ffff:"
        guard address.lowercased().hasPrefix(mapped) else { return address }
        let v4 = String(address.dropFirst(mapped.count))
        if case .v4? = try? SocketAddress(ipAddress: v4, port: 0) { return v4 }
        return address
    }
}
