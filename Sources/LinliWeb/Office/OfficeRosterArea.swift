/// The community office's roster pages: the week's roster by day and the unmet visits with what would fix
/// them, each with its CSV download (as `linli export roster` writes roster.csv and unmet.csv).
enum OfficeRosterArea: ConsoleArea {
    static let routes: [RouteDescriptor] = [
        .page(.get, "/office/roster", roles: [.office, .admin], scoped: [.query(.community)], nav: "排班表 (roster)",
              handler: OfficeRosterPage.show),
        .page(.get, "/office/roster.csv", roles: [.office, .admin], scoped: [.query(.community)], handler: OfficeRosterPage.csv),
        .page(.get, "/office/unmet", roles: [.office, .admin], scoped: [.query(.community)], nav: "未排班 (unmet)",
              handler: OfficeUnmetPage.show),
        .page(.get, "/office/unmet.csv", roles: [.office, .admin], scoped: [.query(.community)], handler: OfficeUnmetPage.csv),
    ]

    static let templates = [
        "office-roster": OfficeRosterTemplate.text,
        "office-roster-day": OfficeRosterTemplate.day,
        "office-unmet": OfficeUnmetTemplate.text,
        "office-toolbar": OfficeToolbarPartial.text,
        "pager": PagerPartial.text,
    ]
}
