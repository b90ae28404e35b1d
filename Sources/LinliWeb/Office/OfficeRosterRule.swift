import LinliModel

/// What an office may roster from its pages (Docs/Console.md "Office pages"): an office replans a published
/// week from a day and never rosters it afresh — that would rewrite every community's visits, past days
/// included — it rosters only a week that holds a visit of one of its own households' demands, no week before
/// the current one (today's in China, by the console's clock), whose visits could not happen and would reach
/// every other scope's pages, and no week beyond the next one, so that an office cannot make a far-off week
/// everyone's default (counted from today, not from the latest published week: rostering each next week in
/// turn would otherwise step the district's default weeks ahead). An admin may roster any week.
/// Likewise an office replans only from today on: a replan from an earlier day would rewrite visits of every
/// community that have already happened (or not), which only an admin may correct.
enum OfficeRosterRule {
    /// The first day the viewer may replan from: today for an office (by the console's clock), nil for an
    /// admin, who may replan from any day of the week.
    static func firstReplanDay(_ page: PageRequest) -> Day? {
        guard case .community = page.scope else { return nil }
        return page.console.configuration.today
    }

    /// Why the viewer may not replan from `from`, or nil when it may.
    static func replanRefusal(_ page: PageRequest, from: Day) -> String? {
        guard let first = firstReplanDay(page), from < first else { return nil }
        return "\(from) 已经过去，社区只能从今天 \(first) 起重排 (a past day)。"
    }

    /// Why the viewer may not roster (`mode=roster`) the selected week, or nil when it may.
    static func refusal(_ page: PageRequest, _ selection: OfficeSelection) throws -> String? {
        guard case .community = page.scope else { return nil }
        let published = try page.workspace.publishedWeeks()
        if published.contains(selection.week) {
            return "\(selection.week) 的排班已经发布，社区不能重新排班；请选择一天，从那天起重排 (replan from a day)。"
        }
        let current = ISOWeek(containing: page.console.configuration.today)
        if selection.week < current {
            return "\(selection.week) 已经过去，社区只能排本周 \(current) 及以后的周 (a past week)。"
        }
        if try !page.workspace.communityDemands(community: selection.community).hasVisits(in: selection.week) {
            return "\(selection.week) 没有本社区住户的需求 (no demand visits of the community)，没有可排的内容。"
        }
        if selection.week > current.next {
            return "社区只能排本周 \(current) 和下周 \(current.next) (this week and the next one)。"
        }
        return nil
    }
}
