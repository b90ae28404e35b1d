import GRDB

/// Migration "v6-login-clients": each refused password also records the client (the address it came from),
/// so that guessing from one address throttles that address for the name rather than locking the name for
/// everyone (Docs/Console.md, "Accounts"). Rows stored before have the client "". Frozen once shipped.
enum SchemaV6LoginClients {
    static let identifier = "v6-login-clients"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "login_failures") { t in
            t.add(column: "client", .text).notNull().defaults(to: "")
        }
    }
}
