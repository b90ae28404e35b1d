import Foundation

/// The session tokens a server has already checked against their stored bcrypt hash, so that the next
/// request of the same browser skips bcrypt.
///
/// An entry maps a whole token (`selector.verifier`, as the browser presented it) to the hash it matched.
/// It is trusted only while the database still holds that same hash under the selector: a signed-out,
/// expired, disabled or replaced session is gone from the database, so its entry no longer admits anyone,
/// and a forged verifier for a known selector is another token, checked with bcrypt as before. The cache
/// lives in the server's memory only (never on disk), bounded, oldest entries out first.
/// Measured: bcrypt was 45% of a roster page's CPU under load (Benchmarks/README.md, "Console load").
public final class VerifiedTokens: Sendable {
    /// The hash each remembered token matched.
    private let hashes: BoundedCache<String>

    /// A cache of at most `capacity` tokens.
    public init(capacity: Int = 4096) {
        hashes = BoundedCache(capacity: capacity)
    }

    /// Whether `token` was verified against `hash` before.
    /// - Complexity: O(1); the comparison of hashes takes a time independent of where they differ.
    func admits(_ token: String, hash: String) -> Bool {
        guard let known = hashes.cached(token) else { return false }
        return SessionToken.matches(known, hash)
    }

    /// Remembers that `token` matched `hash`.
    /// - Complexity: O(1), O(capacity) when full (the oldest entry leaves).
    func remember(_ token: String, hash: String) {
        _ = hashes.store(hash, for: token)
    }

    /// How many tokens are remembered.
    public var count: Int { hashes.count }
}
