import Foundation
import HummingbirdBcrypt
import LinliStore

extension Workspace {
    /// `linli user add`: creates a console account, its password hashed with bcrypt.
    ///
    /// An office account needs a community of the stored dataset, an enterprise account an enterprise of it;
    /// the other roles take neither.
    /// - Throws: ``ConsoleError`` for a bad name, short password, missing or unknown scope, or a name taken.
    public func addAccount(_ new: NewAccount, policy: AccountPolicy = AccountPolicy(), at now: Date = Date()) throws -> ConsoleAccount {
        if let problem = new.problem { throw problem }
        let database = try existingDatabase()
        if new.communityID != nil || new.enterpriseID != nil {
            let dataset = try loadDataset(from: database)
            if let id = new.communityID, !dataset.communities.contains(where: { $0.id == id }) { throw ConsoleError.unknownCommunity(id) }
            if let id = new.enterpriseID, !dataset.enterprises.contains(where: { $0.id == id }) { throw ConsoleError.unknownEnterprise(id) }
        }
        let hash = Bcrypt.hash(new.password, cost: policy.bcryptCost)
        guard let account = try database.insertAccount(
            name: new.name, role: new.role, communityID: new.communityID, enterpriseID: new.enterpriseID, passwordHash: hash, at: now)
        else { throw ConsoleError.nameTaken(new.name) }
        return account
    }

    /// Every console account, by name.
    public func accounts() throws -> [ConsoleAccount] {
        try existingDatabase().accounts()
    }
}
