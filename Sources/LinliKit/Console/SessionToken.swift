import Foundation
import HummingbirdBcrypt

/// The secrets of the console: session tokens and CSRF tokens.
///
/// A session token is `selector.verifier`, two independent random values (the split-token pattern): the
/// database finds the session by its selector and keeps only a bcrypt hash of the verifier, so a copy of the
/// file does not let anyone sign in, and a lookup does not compare secrets in variable time. The verifier
/// has 256 random bits, so bcrypt's minimum cost suffices (about a millisecond per request): the cost
/// protects guessable passwords, not random keys.
public enum SessionToken {
    /// The bcrypt cost of verifier hashes.
    static let verifierCost: UInt8 = 4

    /// `bytes` random bytes from the system's secure generator, as hex digits.
    public static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// A new token and what the database keeps of it.
    static func make() -> (token: String, selector: String, verifierHash: String) {
        let selector = random(bytes: 16), verifier = random(bytes: 32)
        return (selector + "." + verifier, selector, Bcrypt.hash(verifier, cost: verifierCost))
    }

    /// The selector and verifier of a cookie's token; nil when it is not shaped as ``make()`` makes them.
    static func split(_ token: String) -> (selector: String, verifier: String)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 32, parts[1].count == 64,
              token.utf8.allSatisfy({ $0 == 0x2E || (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// Whether `a` equals `b`, in a time that does not depend on where they first differ.
    public static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
