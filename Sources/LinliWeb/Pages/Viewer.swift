import LinliStore

/// The signed-in account as the layout shows it.
struct Viewer: Sendable {
    var name: String
    var role: ConsoleRole
    var roleName: String
    /// The community's or enterprise's name.
    var scopeLabel: String?
    var csrf: String

    init(session: ConsoleSession, scopeLabel: String?) {
        name = session.account.name
        role = session.account.role
        roleName = session.account.role.chineseName
        self.scopeLabel = scopeLabel
        csrf = session.csrfToken
    }
}
