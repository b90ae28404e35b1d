import Foundation
import HummingbirdBcrypt
import LinliStore

extension Workspace {
    /// Disables or enables the account `id` (see `AppDatabase.setAccountDisabled`); a disabled account cannot
    /// sign in and its sessions end at once.
    /// - Throws: ``AccountAdminError/unknownAccount(_:)``.
    public func setAccountDisabled(id: Int64, _ disabled: Bool) throws -> ConsoleAccount {
        guard let account = try existingDatabase().setAccountDisabled(id: id, disabled) else { throw AccountAdminError.unknownAccount(id) }
        return account
    }

    /// Sets a new password for the account `id`, which enables it and ends its sessions.
    /// - Throws: ``ConsoleError/shortPassword(minimum:)``, ``ConsoleError/longPassword(maximumBytes:)`` or
    ///   ``AccountAdminError/unknownAccount(_:)``.
    public func resetPassword(id: Int64, to password: String, policy: AccountPolicy = AccountPolicy()) throws -> ConsoleAccount {
        if let problem = AccountPolicy.passwordProblem(password) { throw problem }
        let hash = Bcrypt.hash(password, cost: policy.bcryptCost)
        guard let account = try existingDatabase().setPasswordHash(id: id, hash) else { throw AccountAdminError.unknownAccount(id) }
        return account
    }

    /// The ids of the disabled accounts.
    public func disabledAccountIDs() throws -> Set<Int64> {
        try existingDatabase().disabledAccountIDs()
    }
}

/// Why an admin's change to an account was refused.
public enum AccountAdminError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No account has this id.
    case unknownAccount(Int64)

    public var description: String {
        switch self {
        case let .unknownAccount(id): "there is no account with id \(id)"
        }
    }
}
