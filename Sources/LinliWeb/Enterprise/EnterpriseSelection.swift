import Foundation
import LinliModel

/// Which enterprise an enterprise page shows: the account's own, or for an admin the one `?enterprise=`
/// names (the first by id when none is named). Every other scope sees none.
struct EnterpriseSelection {
    /// One choice of the admin's picker.
    struct Choice {
        var id: String
        var name: String
        var selected: Bool
    }

    var id: String
    var name: String
    /// The admin's picker; empty for an enterprise account.
    var choices: [Choice]
    /// `?enterprise=ID` for an admin's links, empty otherwise.
    var query: String
    /// Whether the page shows the admin's picker (stored: Mustache reads stored properties only).
    var picker: Bool

    /// - Throws: 404 for a viewer without an enterprise.
    init(_ page: PageRequest) throws {
        let enterprises = try page.dataset().dataset.enterprises.sorted { $0.id < $1.id }
        switch page.scope {
        case let .enterprise(own):
            id = own
            choices = []
            query = ""
        case .all:
            guard let chosen = page.query("enterprise") ?? enterprises.first?.id else { throw ConsoleHTTPError.notFound }
            id = chosen
            choices = enterprises.map { Choice(id: $0.id, name: $0.name, selected: $0.id == chosen) }
            query = "?enterprise=" + OrgDates.queryValue(chosen)
        default:
            throw ConsoleHTTPError.notFound
        }
        picker = !choices.isEmpty
        let current = id
        name = enterprises.first { $0.id == current }?.name ?? id
    }
}
