import LinliEngine
import LinliModel

/// What `linli check` found in a published roster.
public struct CheckSummary: Sendable {
    public var week: ISOWeek
    /// The roster as stored.
    public var roster: Roster
    public var report: CheckReport
    /// The workload figures recounted from the stored rows and the current dataset.
    public var workload: Workload

    public init(week: ISOWeek, roster: Roster, report: CheckReport, workload: Workload) {
        self.week = week
        self.roster = roster
        self.report = report
        self.workload = workload
    }

    /// Largest difference between the stored and the recomputed score that still counts as equal (Docs/Rules.md).
    public static let scoreTolerance = 0.01

    public var recomputedScore: Double { report.recomputed.score }

    public var scoreMatches: Bool { abs(recomputedScore - roster.summary.score) <= Self.scoreTolerance }

    /// Whether the stored relationship figures (visits with their last worker, and possible ones) are the recounted ones.
    public var relationshipsMatch: Bool {
        roster.summary.parts.relationshipVisits == report.recomputed.relationshipVisits
            && roster.summary.relationshipPossible == report.relationshipPossible
    }

    /// No rule broken, the unmet list right, and the score and relationship figures as stored.
    public var passed: Bool { report.isValid && scoreMatches && relationshipsMatch }

    /// The error to exit with when the check did not pass.
    public var failure: KitError? {
        passed ? nil : .checkFailed(
            week: week, violations: report.violations.count, reasonProblems: report.reasonProblems.count + report.frozenProblems.count,
            scoreMismatch: !scoreMatches || !relationshipsMatch)
    }

    /// Every violation (`rule N (name): demand date worker: message`), every unmet-list problem, and the
    /// stored against the recomputed score.
    public var lines: [String] {
        let stored = roster.summary
        var lines = ["check \(week): \(roster.assignments.count) roster rows, \(roster.unmet.count) unmet visits"
            + (roster.options.includeIntermediary ? " (run with intermediary workers)" : "")]
        lines.append("rules 1-14: " + (report.violations.isEmpty ? "all kept" : "\(report.violations.count) violation(s)"))
        lines += report.violations.map { "  \($0)" }
        lines.append("unmet reasons: " + (report.reasonProblems.isEmpty ? "all right" : "\(report.reasonProblems.count) problem(s)"))
        lines += report.reasonProblems.map { "  \($0)" }
        if let replan = stored.replan {
            lines.append("frozen rows before \(replan.from) (replaced run \(replan.replacedRunID)): "
                + (report.frozenProblems.isEmpty ? "unchanged" : "\(report.frozenProblems.count) problem(s)"))
            lines += report.frozenProblems.map { "  \($0)" }
            lines.append("stability: stored \(stored.parts.stableVisits) kept visits, recomputed \(report.recomputed.stableVisits)")
        }
        lines.append("relationships (last week's run \(stored.lastWeekRunID.map { "\($0)" } ?? "none")): stored "
            + "\(stored.parts.relationshipVisits) of \(stored.relationshipPossible) visits, recomputed "
            + "\(report.recomputed.relationshipVisits) of \(report.relationshipPossible)"
            + (relationshipsMatch ? " (match)" : " (MISMATCH)"))
        let recomputedFill = report.demandedWeightedMinutes == 0
            ? 0 : Double(report.recomputed.weightedMinutes) / Double(report.demandedWeightedMinutes)
        lines.append("score: stored \(Format.fixed(stored.score)), recomputed \(Format.fixed(recomputedScore))"
            + (scoreMatches ? " (match)" : " (MISMATCH)"))
        lines.append("fill rate: stored \(Format.percent(stored.fillRate)), recomputed \(Format.percent(recomputedFill))")
        lines.append("utilisation: stored mean \(Format.percent(stored.workload.utilisationMean)) "
            + "sd \(Format.percent(stored.workload.utilisationSD)), "
            + "recomputed mean \(Format.percent(workload.utilisationMean)) sd \(Format.percent(workload.utilisationSD))")
        lines.append(passed ? "OK" : "FAILED")
        return lines
    }
}
