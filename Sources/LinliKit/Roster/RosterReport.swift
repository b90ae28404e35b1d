import LinliModel

/// A published roster as `linli roster` and `linli demo` print it.
public struct RosterReport: Hashable, Sendable {
    /// The stored run's id.
    public var runID: Int64
    public var roster: Roster
    /// Pins kept in this run.
    public var pinCount: Int
    /// Unmet visits per community, most first.
    public var unmetByCommunity: [CommunityCount]
    /// Whether the run was stored in a database that is removed afterwards (`linli solve`), so its run
    /// id means nothing to the reader.
    public var inTemporaryDatabase = false
    /// Where the run's wall time went, phase by phase; nil for a report not timed.
    public var timings: PhaseTimings?
    /// The seconds of `--prove` the run was given (0: none), which its bound phase may also have taken.
    public var proveSeconds = 0.0

    /// How many communities the summary lists.
    public static let communitiesShown = 5
    /// How many of the busiest and of the least busy workers the summary lists.
    public static let workersShown = 3

    /// Visits kept with last week's worker, of those that could be, and the run they were read from.
    var relationshipLine: String {
        let s = roster.summary
        guard let run = s.lastWeekRunID else { return "no roster of \(roster.week.previous) to keep workers from" }
        return "\(s.parts.relationshipVisits) of \(s.relationshipPossible) visits with their last worker "
            + "(\(Format.percent(s.relationshipRate))), from run \(run)"
            + (roster.options.continuity ? ", +\(s.parts.relationshipTerm) in the score" : ", not scored (--no-continuity)")
    }

    /// What ended the search, in words.
    static func describe(_ stop: SearchStop) -> String {
        switch stop {
        case .clock: "stopped by the clock at the time limit (the run may not repeat exactly)"
        case .budget: "stopped by the work budget (repeatable)"
        case .optimal: "stopped early: the roster scores its upper bound, so it is optimal (repeatable)"
        case .stalled: "stopped early: the search had stopped improving (repeatable)"
        }
    }

    /// The readable summary: score, fill rate, visits, unmet by reason and by community, what a replan changed,
    /// bound and gap, time.
    public var lines: [String] {
        let s = roster.summary, o = roster.options
        let extremes = s.workload.extremes(Self.workersShown)
        var bound = "no upper bound"
        if let b = s.upperBound {
            bound = "upper bound \(Format.fixed(b))" + (s.boundGap.map { ", gap at most \(Format.percent($0))" } ?? "")
            if s.boundMethod == .servable { bound += "; time ran out for the flow bound, this is the servable total" }
        }
        let reasons = UnmetReason.allCases.map { "\($0.rawValue) \(s.unmetByReason[$0] ?? 0)" }.joined(separator: ", ")
        var rows = [
            ["roster", inTemporaryDatabase ? "\(roster.week)" : "\(roster.week), run \(runID), published"],
            ["score", "\(Format.fixed(s.score)) (\(bound))"],
            ["fill rate", "\(Format.percent(s.fillRate)) (\(s.parts.weightedMinutes) of \(s.demandedWeightedMinutes) weighted minutes)"],
            ["visits", "\(s.assignedVisits) assigned, \(s.unmetVisits) unmet"],
            ["route", "\(Format.fixed(s.parts.routeKm, 1)) km"],
            ["continuity", "\(s.parts.continuityDemands) weekly demands with one worker; \(s.parts.preferredVisits) visits by the preferred worker"],
            ["last week", relationshipLine],
            ["unmet", reasons],
            ["workload", "utilisation mean \(Format.percent(s.workload.utilisationMean)), "
                + "standard deviation \(Format.percent(s.workload.utilisationSD))"
                + (o.balance ? " (balanced with --balance)" : "")],
            ["busiest", Self.utilisations(extremes.busiest)],
            ["least busy", Self.utilisations(extremes.idlest)],
            ["options", "seed \(o.seed), time limit \(Format.fixed(o.timeLimit, 1)) s, "
                + (o.includeIntermediary ? "intermediary workers included" : "employee-system workers only")
                + ", continuity \(o.continuity ? "on" : "off"), \(pinCount) pin(s)"
                + (proveSeconds > 0 ? ", proof up to \(Format.fixed(proveSeconds, 1)) s" : "")],
            ["time", "\(Format.fixed(s.seconds)) s, " + Self.describe(s.stoppedBy)],
        ]
        if let r = s.replan {
            rows.insert([
                "replan", "from \(r.from), replacing run \(r.replacedRunID): \(r.keptVisits) visits kept, "
                    + "\(r.changedVisits) changed, \(r.newVisits) new",
            ], at: rows.count - 2)
        }
        if let t = timings {
            rows.append(["phases", t.named.map { "\($0.name) \(Format.fixed($0.seconds)) s" }.joined(separator: ", ")
                + " (\(Format.fixed(t.limited)) s within the time limit\(proveSeconds > 0 ? " and the proof" : ""))"])
        }
        if s.workload.byWorker.isEmpty { rows.removeAll { $0[0] == "busiest" || $0[0] == "least busy" } }
        var lines = Format.table(rows)
        if !unmetByCommunity.isEmpty {
            lines.append("unmet by community (top \(Self.communitiesShown)):")
            lines += Format.table(unmetByCommunity.prefix(Self.communitiesShown).map {
                ["  \($0.communityID)", "\($0.count)", $0.name]
            })
        }
        return lines
    }

    /// `W00012 98.0% (2587 of 2640 min), …`.
    static func utilisations(_ workers: [WorkerUtilisation]) -> String {
        workers.isEmpty ? "—" : workers.map { "\($0.workerID) \(Format.percent($0.utilisation)) (\($0.serviceMinutes) of \($0.availableMinutes) min)" }
            .joined(separator: ", ")
    }
}
