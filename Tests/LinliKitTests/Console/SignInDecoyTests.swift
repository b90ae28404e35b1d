import LinliStore
import Testing

@testable import LinliKit

/// A sign-in spends the same bcrypt work whatever the name: an account's own hash, else the decoy.
@Suite struct SignInDecoyTests {
    @Test func anUnknownOrDisabledAccountIsCheckedAgainstTheDecoy() {
        let policy = AccountPolicy()
        let stored = "$2b$12$" + String(repeating: "b", count: 53)
        #expect(Workspace.hashToVerify(stored, policy) == stored)
        #expect(Workspace.hashToVerify(AppDatabase.disabledMark + stored, policy) == Workspace.decoyHash(policy), "disabled")
        #expect(Workspace.hashToVerify(nil, policy) == Workspace.decoyHash(policy), "unknown")
    }
}
