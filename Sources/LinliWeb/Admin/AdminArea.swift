import LinliStore

/// The admin's pages: accounts (add, disable, enable, new password — each audited), the audit log and the
/// batch status by week. The run history is the planner's page, open to admins too.
enum AdminArea: ConsoleArea {
    static let roles: Set<ConsoleRole> = [.admin]
    static let account = ["account": "1"]

    static let routes: [RouteDescriptor] = [
        .page(.get, "/admin/accounts", roles: roles, nav: "账号 (accounts)", handler: AccountsPage.show),
        .page(.post, "/admin/accounts", roles: roles, handler: AccountsPage.add),
        .page(.get, "/admin/accounts.csv", roles: roles, handler: AccountsPage.csv),
        .page(.post, "/admin/accounts/{account}/disable", roles: roles, examples: account, handler: AccountsPage.disable),
        .page(.post, "/admin/accounts/{account}/enable", roles: roles, examples: account, handler: AccountsPage.enable),
        .page(.post, "/admin/accounts/{account}/password", roles: roles, examples: account, handler: AccountsPage.resetPassword),
        .page(.get, "/admin/audit", roles: roles, nav: "审计 (audit log)", handler: AuditPage.show),
        .page(.get, "/admin/audit.csv", roles: roles, handler: AuditPage.csv),
        .page(.get, "/admin/batch", roles: roles, nav: "批量 (batch)", handler: BatchStatusPage.show),
        .page(.get, "/admin/batch.csv", roles: roles, handler: BatchStatusPage.csv),
    ]

    static let templates = [
        "admin-accounts": AccountsTemplate.text,
        "admin-audit": AuditTemplate.text,
        "admin-batch": BatchStatusTemplate.text,
    ]
}
