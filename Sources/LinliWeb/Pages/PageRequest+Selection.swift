import LinliModel
import Mustache

extension PageRequest {
    /// The week the page shows: the `week` query item, else the last week with a published roster; nil when
    /// none is published yet.
    /// - Throws: 400 for a `week` that is not `YYYY-Www`.
    public func selectedWeek() throws -> ISOWeek? {
        if let text = query("week") {
            do {
                return try ISOWeek(parsing: text)
            } catch {
                throw ConsoleHTTPError(.badRequest, "周的格式应为 2026-W48 (week): \(error)。")
            }
        }
        return try workspace.publishedWeeks().last
    }

    /// The community an office page shows: the office's own; for an admin the `community` query item, else the
    /// first community. Declare `.query(.community)` on the route so that ``AccessPolicy`` refuses another
    /// office's community with 404 before this runs.
    public func selectedCommunity() throws -> String? {
        switch scope {
        case let .community(id): return id
        case .all: return try query("community") ?? dataset().dataset.communities.map(\.id).min()
        case .enterprise, .aggregates, .nothing: return nil
        }
    }

    /// The week picker's options: every published week, the selected one marked.
    func weekOptions(selected: ISOWeek) throws -> [Option] {
        var weeks = try workspace.publishedWeeks()
        if !weeks.contains(selected) { weeks.append(selected) }
        return weeks.sorted().map { Option(value: $0.description, label: "\($0)（\($0.monday) 起）", selected: $0 == selected) }
    }

    /// The community picker's options for an admin (empty for everyone else).
    func communityOptions(selected: String?) throws -> [Option] {
        guard scope == .all else { return [] }
        return try dataset().dataset.communities.sorted { $0.id < $1.id }.map {
            Option(value: $0.id, label: "\($0.name) (\($0.id))", selected: $0.id == selected)
        }
    }
}

/// One choice of a `<select>`.
struct Option: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// Template lookups by name rather than through `Mirror` (see ``Viewer``'s).
extension Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}
