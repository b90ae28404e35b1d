import LinliStore

/// The enterprise's pages (家政企业): its menu, its workers with their papers, each worker's route sheet, the
/// confirmation of its workers' visits (服务确认) and the ratings, each with a CSV download. An enterprise
/// account sees its own enterprise; an admin picks one with `?enterprise=` (checked by the policy like any
/// scoped id).
enum EnterpriseArea: ConsoleArea {
    static let roles: Set<ConsoleRole> = [.enterprise, .admin]
    static let pick: [ScopedID] = [.query(.enterprise)]
    static let sheet: [ScopedID] = [.path(.worker), .query(.enterprise)]
    static let examples = ["week": "2026-W48"]

    static let routes: [RouteDescriptor] = [
        .page(.get, "/enterprise/menu", roles: roles, scoped: pick, nav: "菜单 (menu)", handler: EnterpriseMenuPage.show),
        .page(.post, "/enterprise/menu", roles: roles, scoped: pick, handler: EnterpriseMenuPage.upload),
        .page(.get, "/enterprise/menu.csv", roles: roles, scoped: pick, handler: EnterpriseMenuPage.csv),
        .page(.get, "/enterprise/workers", roles: roles, scoped: pick, nav: "服务员 (workers)", handler: EnterpriseWorkersPage.show),
        .page(.post, "/enterprise/workers", roles: roles, scoped: pick, handler: EnterpriseWorkersPage.upload),
        .page(.get, "/enterprise/workers.csv", roles: roles, scoped: pick, handler: EnterpriseWorkersPage.csv),
        .page(.get, "/enterprise/workers/{worker}/route", roles: roles, scoped: sheet, handler: RouteSheetPage.show),
        .page(.get, "/enterprise/workers/{worker}/route.csv", roles: roles, scoped: sheet, handler: RouteSheetPage.csv),
        .page(.get, "/enterprise/records", roles: roles, scoped: pick, nav: "服务确认 (records)",
              handler: EnterpriseRecordsPage.show),
        .page(.get, "/enterprise/records.csv", roles: roles, scoped: pick, handler: EnterpriseRecordsPage.csv),
        .page(.get, "/enterprise/records/entry", roles: roles, scoped: pick, handler: EnterpriseRecordsPage.entry),
        .page(.post, "/enterprise/records", roles: roles, scoped: pick, handler: EnterpriseRecordsPage.record),
        .page(.get, "/enterprise/ratings", roles: roles, scoped: pick, nav: "评价 (ratings)", handler: EnterpriseRatingsPage.show),
        .page(.get, "/enterprise/ratings.csv", roles: roles, scoped: pick, handler: EnterpriseRatingsPage.csv),
    ]

    static let templates = [
        "enterprise-menu": EnterpriseMenuTemplate.text,
        "enterprise-workers": EnterpriseWorkersTemplate.text,
        "enterprise-route": RouteSheetTemplate.text,
        "enterprise-ratings": EnterpriseRatingsTemplate.text,
        "enterprise-records": EnterpriseRecordsTemplate.text,
        "enterprise-record-entry": EnterpriseRecordEntryTemplate.text,
        "upload-report": UploadReportTemplate.text,
        "enterprise-picker": EnterprisePickerTemplate.text,
    ]
}
