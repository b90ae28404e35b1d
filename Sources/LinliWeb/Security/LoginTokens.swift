import Crypto
import Foundation
import LinliKit

/// Makes and checks the login form's CSRF tokens: a random nonce and the time it was issued, signed with
/// HMAC-SHA256 under a key drawn when the console is built, so a browser can be given a token but nobody can
/// make one up, and a token lasts ``lifetime`` only. The key lives only in this process's memory (never
/// logged, never on a command line); a restarted server refuses the tokens of the old one.
struct LoginTokens: Sendable {
    /// How long a token is accepted after it was issued: a login page left open longer must be reloaded.
    static let lifetime: TimeInterval = 2 * 3600
    /// How far in the future an issue time may lie (the server's clock stepped back since); any later is refused.
    static let clockStep: TimeInterval = 60

    /// The key's bytes (`SymmetricKey` itself is not `Sendable`).
    private let key: [UInt8]
    /// The clock tokens are issued and checked by.
    private let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date = Date.init) {
        key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        self.now = now
    }

    /// These tokens read by the clock `now`, under the same key: a test hook for tokens issued at another time.
    func clocked(_ now: @escaping @Sendable () -> Date) -> LoginTokens {
        LoginTokens(key: key, now: now)
    }

    private init(key: [UInt8], now: @escaping @Sendable () -> Date) {
        self.key = key
        self.now = now
    }

    /// A new token: `nonce.time.mac`, the nonce and MAC as hex digits, the time in whole seconds since 1970.
    func make() -> String {
        signed(SessionToken.random(bytes: 16) + "." + String(Int64(now().timeIntervalSince1970.rounded(.down))))
    }

    /// Whether `token` is one ``make()`` made with this key (compared in constant time) no longer than
    /// ``lifetime`` ago and not in the future.
    func verifies(_ token: String) -> Bool {
        guard token.utf8.count <= 128, let dot = token.lastIndex(of: ".") else { return false }
        let payload = token[..<dot]
        guard SessionToken.matches(token, signed(String(payload))) else { return false }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let issued = Int64(parts[1]) else { return false }
        let age = now().timeIntervalSince1970 - Double(issued)
        return age >= -Self.clockStep && age <= Self.lifetime
    }

    /// `payload` followed by a dot and its MAC.
    private func signed(_ payload: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: SymmetricKey(data: key))
        return payload + "." + mac.map { String(format: "%02x", $0) }.joined()
    }
}
