/// The accounts every browser test's console has: one per role, the office and enterprise scoped to the
/// first community and enterprise of the sample district.
struct ConsoleAccount: Sendable {
    var name: String
    var role: String
    var scope: [String]

    var arguments: [String] { ["--name", name, "--role", role] + scope }

    static let admin = ConsoleAccount(name: "admin", role: "admin", scope: [])
    static let office = ConsoleAccount(name: "office-c001", role: "office", scope: ["--community", "C001"])
    static let enterprise = ConsoleAccount(name: "enterprise-e001", role: "enterprise", scope: ["--enterprise", "E001"])
    static let planner = ConsoleAccount(name: "planner", role: "planner", scope: [])
    static let all = [admin, office, enterprise, planner]

    /// Every account's password (given on standard input, as `linli user add` wants it).
    static let password = "browser-测试-password"

    /// The sample district's week.
    static let week = "2026-W48"

    /// The Monday of ``week``: the console under test takes it for today (`linli serve --today`), so that an office
    /// may roster the sample week whatever the real date.
    static let today = "2026-11-23"
}
