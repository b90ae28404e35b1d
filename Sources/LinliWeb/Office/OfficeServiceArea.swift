import LinliStore

/// The community office's working pages beside the roster: the demand list with its upload, absences and the
/// sick call that replans, service records with evaluations, and a household's history (Docs/Console.md,
/// "Office pages"). Every page keeps to the viewer's community in its queries; an admin picks a community.
enum OfficeServiceArea: ConsoleArea {
    static let office: Set<ConsoleRole> = [.office, .admin]

    static let routes: [RouteDescriptor] = [
        .page(.get, "/office/demands", roles: office, scoped: [.query(.community)], nav: "需求清单 (demands)",
              handler: OfficeDemandsPage.show),
        .page(.get, "/office/demands.csv", roles: office, scoped: [.query(.community)], handler: OfficeDemandsPage.csv),
        .page(.post, "/office/demands", roles: office, scoped: [.query(.community)], handler: OfficeDemandsPage.upload),
        .page(.get, "/office/absences", roles: office, scoped: [.query(.community)], nav: "请假与重排 (absences)",
              handler: OfficeAbsencesPage.show),
        .page(.get, "/office/absences.csv", roles: office, scoped: [.query(.community)], handler: OfficeAbsencesPage.csv),
        .page(.post, "/office/absences", roles: office, scoped: [.query(.community)], handler: OfficeAbsencesPage.sickCall),
        .page(.post, "/office/roster", roles: office, scoped: [.query(.community)], handler: OfficeAbsencesPage.roster),
        .page(.get, "/office/jobs/{job}", roles: office, scoped: [.query(.community)], examples: ["job": "1"],
              handler: OfficeChangesPage.job),
        .page(.get, "/office/changes", roles: office, scoped: [.query(.community), .query(.run)], handler: OfficeChangesPage.show),
        .page(.get, "/office/changes.csv", roles: office, scoped: [.query(.community), .query(.run)], handler: OfficeChangesPage.csv),
        .page(.get, "/office/records", roles: office, scoped: [.query(.community)], nav: "服务记录 (records)",
              handler: OfficeRecordsPage.show),
        .page(.get, "/office/records.csv", roles: office, scoped: [.query(.community)], handler: OfficeRecordsPage.csv),
        .page(.get, "/office/records/entry", roles: office, scoped: [.query(.community), .query(.demand)],
              handler: OfficeRecordsPage.entry),
        .page(.post, "/office/records", roles: office, scoped: [.query(.community), .form(.demand, "demand_id")],
              handler: OfficeRecordsPage.record),
        .page(.get, "/office/households/{household}/history", roles: office, scoped: [.path(.household), .query(.community)],
              handler: OfficeHistoryPage.show),
        .page(.get, "/office/households/{household}/history.csv", roles: office, scoped: [.path(.household), .query(.community)],
              handler: OfficeHistoryPage.csv),
    ]

    static let templates = [
        "office-demands": OfficeDemandsTemplate.text,
        "office-absences": OfficeAbsencesTemplate.text,
        "office-changes": OfficeChangesTemplate.text,
        "office-records": OfficeRecordsTemplate.text,
        "office-record-entry": OfficeRecordEntryTemplate.text,
        "record-entry-fields": RecordEntryPartial.text,
        "office-history": OfficeHistoryTemplate.text,
        "diagnostics": DiagnosticsPartial.text,
    ]
}
