import Foundation
import LinliModel

extension RosterFiles {
    /// summary.json as pretty-printed JSON with sorted keys: week, score, fill_rate, assigned_visits, unmet_visits, route_km, weighted_minutes, demanded_weighted_minutes, continuity_demands, preferred_visits, unmet_by_reason (object with every code), seconds, upper_bound (null when nil), upper_bound_method (flow, or servable when the clock cut the flow bound short), bound_gap (null when nil), stopped_by (budget, clock, optimal or stalled), seed, include_intermediary, balance, continuity, last_week_run (null when none), relationship_visits, relationship_possible, relationship_rate, utilisation_mean, utilisation_sd, utilisation_by_worker (worker_id, service_minutes, available_minutes, utilisation; by worker id), phases (seconds of load, compile, construction, search, bound and finish; null for a run stored before they were); for a replan run also replan_from, replaces_run, stable_visits, kept_visits, changed_visits, new_visits
    public static func summaryJSON(_ roster: Roster) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(SummaryDocument(roster)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The fields of summary.json.
private struct SummaryDocument: Encodable {
    let roster: Roster

    init(_ roster: Roster) { self.roster = roster }

    enum Key: String, CodingKey {
        case week, score, seconds, seed
        case fillRate = "fill_rate", assignedVisits = "assigned_visits", unmetVisits = "unmet_visits"
        case routeKm = "route_km", weightedMinutes = "weighted_minutes"
        case demandedWeightedMinutes = "demanded_weighted_minutes", continuityDemands = "continuity_demands"
        case preferredVisits = "preferred_visits", unmetByReason = "unmet_by_reason", upperBound = "upper_bound"
        case boundGap = "bound_gap", includeIntermediary = "include_intermediary"
        case boundMethod = "upper_bound_method", stoppedBy = "stopped_by"
        case replanFrom = "replan_from", replacesRun = "replaces_run", stableVisits = "stable_visits"
        case keptVisits = "kept_visits", changedVisits = "changed_visits", newVisits = "new_visits"
        case utilisationMean = "utilisation_mean", utilisationSD = "utilisation_sd"
        case continuity, lastWeekRun = "last_week_run", relationshipVisits = "relationship_visits"
        case relationshipPossible = "relationship_possible", relationshipRate = "relationship_rate"
        case balance
        case utilisationByWorker = "utilisation_by_worker"
        case phases
    }

    /// An element of utilisation_by_worker.
    struct WorkerDocument: Encodable {
        let worker: WorkerUtilisation

        enum Key: String, CodingKey {
            case workerID = "worker_id", serviceMinutes = "service_minutes", availableMinutes = "available_minutes", utilisation
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(worker.workerID, forKey: .workerID)
            try c.encode(worker.serviceMinutes, forKey: .serviceMinutes)
            try c.encode(worker.availableMinutes, forKey: .availableMinutes)
            try c.encode(worker.utilisation, forKey: .utilisation)
        }
    }

    /// The phases object: where the run's time went, storing excepted (it comes after the summary).
    struct PhasesDocument: Encodable {
        let timings: PhaseTimings

        enum Key: String, CodingKey { case load, compile, construction, search, bound, finish }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(timings.load, forKey: .load)
            try c.encode(timings.compile, forKey: .compile)
            try c.encode(timings.construction, forKey: .construction)
            try c.encode(timings.search, forKey: .search)
            try c.encode(timings.bound, forKey: .bound)
            try c.encode(timings.finish, forKey: .finish)
        }
    }

    func encode(to encoder: any Encoder) throws {
        let s = roster.summary
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(roster.week.description, forKey: .week)
        try c.encode(s.score, forKey: .score)
        try c.encode(s.fillRate, forKey: .fillRate)
        try c.encode(s.assignedVisits, forKey: .assignedVisits)
        try c.encode(s.unmetVisits, forKey: .unmetVisits)
        try c.encode(s.parts.routeKm, forKey: .routeKm)
        try c.encode(s.parts.weightedMinutes, forKey: .weightedMinutes)
        try c.encode(s.demandedWeightedMinutes, forKey: .demandedWeightedMinutes)
        try c.encode(s.parts.continuityDemands, forKey: .continuityDemands)
        try c.encode(s.parts.preferredVisits, forKey: .preferredVisits)
        let reasons = Dictionary(uniqueKeysWithValues: UnmetReason.allCases.map { ($0.rawValue, s.unmetByReason[$0] ?? 0) })
        try c.encode(reasons, forKey: .unmetByReason)
        try c.encode(s.seconds, forKey: .seconds)
        try c.encode(s.upperBound, forKey: .upperBound)
        try c.encode(s.boundGap, forKey: .boundGap)
        try c.encode(s.boundMethod.rawValue, forKey: .boundMethod)
        try c.encode(s.stoppedBy.rawValue, forKey: .stoppedBy)
        try c.encode(roster.options.seed, forKey: .seed)
        try c.encode(roster.options.includeIntermediary, forKey: .includeIntermediary)
        try c.encode(roster.options.balance, forKey: .balance)
        try c.encode(roster.options.continuity, forKey: .continuity)
        try c.encode(s.lastWeekRunID, forKey: .lastWeekRun)
        try c.encode(s.parts.relationshipVisits, forKey: .relationshipVisits)
        try c.encode(s.relationshipPossible, forKey: .relationshipPossible)
        try c.encode(s.relationshipRate, forKey: .relationshipRate)
        if let replan = s.replan {
            try c.encode(replan.from.description, forKey: .replanFrom)
            try c.encode(replan.replacedRunID, forKey: .replacesRun)
            try c.encode(s.parts.stableVisits, forKey: .stableVisits)
            try c.encode(replan.keptVisits, forKey: .keptVisits)
            try c.encode(replan.changedVisits, forKey: .changedVisits)
            try c.encode(replan.newVisits, forKey: .newVisits)
        }
        try c.encode(s.workload.utilisationMean, forKey: .utilisationMean)
        try c.encode(s.workload.utilisationSD, forKey: .utilisationSD)
        try c.encode(s.workload.byWorker.map(WorkerDocument.init), forKey: .utilisationByWorker)
        try c.encode(s.phases.map(PhasesDocument.init), forKey: .phases)
    }
}
