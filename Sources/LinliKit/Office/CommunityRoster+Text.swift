import LinliModel

extension CommunityRoster {
    /// The run's summary as a community office may read it: the visits of its households that were assigned and
    /// left unmet, the unmet ones by reason — no other community's figures, no district totals, no worker's
    /// workload (Docs/Console.md, "Background jobs"). The whole district's summary is ``RosterReport/lines``.
    public var lines: [String] {
        let unmet = roster.unmet
        let reasons = UnmetReason.allCases.map { reason in "\(reason.rawValue) \(unmet.count { $0.reason == reason })" }
        let whose = communityID.map { "community \($0)'s households" } ?? "the district's households"
        return Format.table([
            ["roster", "\(week), run \(runID)"],
            ["visits", "\(roster.assignments.count) assigned, \(unmet.count) unmet (\(whose))"],
            ["unmet", reasons.joined(separator: ", ")],
        ])
    }
}
