import Foundation
import HummingbirdBcrypt
import LinliStore

/// `linli demo --serve`: one account per role over the sample district, each with a fresh random password
/// printed once, so that a newcomer can sign in as any of them.
public struct DemoAccounts: Sendable {
    /// An account the demo made, with its password in clear (shown on the console only).
    public struct Account: Hashable, Sendable {
        public var account: ConsoleAccount
        public var password: String
    }

    public var accounts: [Account]

    /// Creates (or resets the password of) `admin`, `planner`, `office-<first community>` and
    /// `enterprise-<first enterprise>` in `workspace`, whose dataset must be imported.
    public static func create(in workspace: Workspace, policy: AccountPolicy = AccountPolicy(), at now: Date = Date()) throws -> DemoAccounts {
        let database = try workspace.existingDatabase()
        let dataset = try workspace.loadDataset(from: database)
        var specs: [(String, ConsoleRole, String?, String?)] = [("admin", .admin, nil, nil)]
        if let community = dataset.communities.map(\.id).min() { specs.append(("office-\(community)", .office, community, nil)) }
        if let enterprise = dataset.enterprises.map(\.id).min() { specs.append(("enterprise-\(enterprise)", .enterprise, nil, enterprise)) }
        specs.append(("planner", .planner, nil, nil))
        let accounts = try specs.map { name, role, community, enterprise in
            let password = Self.password()
            let account = try database.replaceAccount(
                name: name, role: role, communityID: community, enterpriseID: enterprise,
                passwordHash: Bcrypt.hash(password, cost: policy.bcryptCost), at: now)
            return Account(account: account, password: password)
        }
        return DemoAccounts(accounts: accounts)
    }

    /// The lines that tell the newcomer how to sign in.
    public func lines(url: String) -> [String] {
        ["", "web console: \(url)  (Ctrl-C stops it)", "demo accounts (name / password / role):"]
            + accounts.map { a in
                let scope = a.account.communityID ?? a.account.enterpriseID
                return "  \(a.account.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(a.password)  \(a.account.role.rawValue)"
                    + (scope.map { " of \($0)" } ?? "")
            }
    }

    /// 12 characters from an alphabet without look-alikes, from the system's secure generator.
    static func password() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }
}
