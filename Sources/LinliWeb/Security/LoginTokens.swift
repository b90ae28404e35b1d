import Crypto
import Foundation
import LinliKit

/// Makes and checks the login form's CSRF tokens: a random nonce and its HMAC-SHA256 under a key drawn when the
/// console is built, so a browser can be given a token but nobody can make one up. The key lives only in this
/// process's memory (never logged, never on a command line); a restarted server refuses the tokens of the old one.
struct LoginTokens: Sendable {
    /// The key's bytes (`SymmetricKey` itself is not `Sendable`).
    private let key: [UInt8]

    init() {
        key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }

    /// A new token: `nonce.mac`, both as hex digits.
    func make() -> String {
        signed(SessionToken.random(bytes: 16))
    }

    /// Whether `token` is one ``make()`` made with this key (compared in constant time).
    func verifies(_ token: String) -> Bool {
        guard let dot = token.firstIndex(of: "."), token.utf8.count <= 128 else { return false }
        return SessionToken.matches(token, signed(String(token[..<dot])))
    }

    /// `nonce` followed by a dot and its MAC.
    private func signed(_ nonce: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: SymmetricKey(data: key))
        return nonce + "." + mac.map { String(format: "%02x", $0) }.joined()
    }
}
