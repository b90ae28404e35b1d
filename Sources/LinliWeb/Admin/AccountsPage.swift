import Hummingbird
import LinliKit
import LinliStore

/// `/admin/accounts`: every console account with its role, scope and state; forms to add one, to disable or
/// enable one, and to give one a new password. Every change is written to the audit log (never a password) and
/// answered with a redirect to the list, which says what was done; a refused change is the list again with the
/// reason (422).
enum AccountsPage {
    struct Row {
        var id: Int64
        var name: String
        var role: String
        var scope: String
        var disabled: Bool
    }

    struct Role {
        var value: String
        var label: String
    }

    struct PageData {
        var csrf: String
        var rows: [Row]
        var roles: [Role]
        var notice: String?
        var error: String?
    }

    /// What a change did, shown after its redirect (Post/Redirect/Get: a reload repeats no change): the `done`
    /// query item names one of these, and `account` the account by id, so the notice echoes nothing typed.
    enum Done: String {
        case added, disabled, enabled, password

        func notice(_ name: String) -> String {
            switch self {
            case .added: "已添加账号 (added) \(name)。"
            case .disabled: "已停用 (disabled) \(name)"
            case .enabled: "已启用 (enabled) \(name)"
            case .password: "已为 \(name) 设置新密码 (password reset)，其登录已失效。"
            }
        }
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let change = page.query("done").flatMap(Done.init(rawValue:))
        let id = page.query("account").flatMap(Int64.init)
        let name = try id.flatMap { id in try page.workspace.accounts().first { $0.id == id }?.name }
        return try render(page, notice: change.flatMap { change in name.map(change.notice) })
    }

    /// The accounts page after a change.
    private static func done(_ done: Done, _ account: ConsoleAccount) -> Response {
        PageRequest.redirect(to: "/admin/accounts?done=\(done.rawValue)&account=\(account.id)")
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let rows = try rows(page).map { [String($0.id), $0.name, $0.role, $0.scope, $0.disabled ? "disabled" : "active"] }
        return CSVDownload.response(fileName: "accounts.csv", header: ["id", "name", "role", "scope", "state"], rows: rows, numeric: ["id"])
    }

    static func add(_ page: PageRequest) async throws -> Response {
        let form = page.form
        let field = { (name: String) in form.value(name).flatMap { $0.isEmpty ? nil : $0 } }
        guard let role = field("role").flatMap(ConsoleRole.init(rawValue:)) else {
            return try render(page, error: "请选择角色 (role)。")
        }
        let new = NewAccount(
            name: field("name") ?? "", role: role, communityID: field("community"), enterpriseID: field("enterprise"),
            password: form.value("password") ?? "")
        do {
            let account = try page.workspace.addAccount(new, policy: page.console.configuration.accounts)
            try page.audit("account.add", "\(account.name) \(account.role.rawValue) \(scope(account))")
            return done(.added, account)
        } catch let error as ConsoleError {
            return try render(page, error: error.description)
        }
    }

    static func disable(_ page: PageRequest) async throws -> Response {
        try setDisabled(page, true)
    }

    static func enable(_ page: PageRequest) async throws -> Response {
        try setDisabled(page, false)
    }

    static func resetPassword(_ page: PageRequest) async throws -> Response {
        let id = try accountID(page)
        do {
            let account = try page.workspace.resetPassword(id: id, to: page.form.value("password") ?? "", policy: page.console.configuration.accounts)
            try page.audit("account.password", account.name)
            return done(.password, account)
        } catch let error as ConsoleError {
            return try render(page, error: error.description)
        } catch AccountAdminError.unknownAccount {
            throw ConsoleHTTPError.notFound
        }
    }

    private static func setDisabled(_ page: PageRequest, _ disabled: Bool) throws -> Response {
        let id = try accountID(page)
        guard id != page.account.id else { return try render(page, error: "不能停用或启用自己的账号 (your own account)。") }
        do {
            let account = try page.workspace.setAccountDisabled(id: id, disabled)
            try page.audit(disabled ? "account.disable" : "account.enable", account.name)
            return done(disabled ? .disabled : .enabled, account)
        } catch AccountAdminError.unknownAccount {
            throw ConsoleHTTPError.notFound
        }
    }

    private static func accountID(_ page: PageRequest) throws -> Int64 {
        guard let id = page.parameter("account").flatMap(Int64.init) else { throw ConsoleHTTPError.notFound }
        return id
    }

    private static func rows(_ page: PageRequest) throws -> [Row] {
        let disabled = try page.workspace.disabledAccountIDs()
        return try page.workspace.accounts().map {
            Row(id: $0.id, name: $0.name, role: $0.role.rawValue, scope: scope($0), disabled: disabled.contains($0.id))
        }
    }

    static func scope(_ account: ConsoleAccount) -> String {
        account.communityID ?? account.enterpriseID ?? ""
    }

    private static func render(_ page: PageRequest, notice: String? = nil, error: String? = nil) throws -> Response {
        let data = PageData(
            csrf: page.session.csrfToken, rows: try rows(page),
            roles: ConsoleRole.allCases.map { Role(value: $0.rawValue, label: "\($0.chineseName) (\($0.rawValue))") },
            notice: notice, error: error)
        return try page.render("admin-accounts", title: "账号 (accounts)", data, status: error == nil ? .ok : .unprocessableContent)
    }
}
