import Foundation
import GRDB
import LinliModel

/// A row of `runs`: a finished run's options and summary; its rows live in
/// ``AssignmentRecord`` and ``UnmetVisitRecord``.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "runs"

    var id: Int64?
    var week: String
    var seed: Int64
    var includeIntermediary: Bool
    var timeLimit: Double
    var continuity: Bool
    var balance: Bool
    var score: Double
    var weightedMinutes: Int
    var routeKm: Double
    var continuityDemands: Int
    var preferredVisits: Int
    var demandedWeightedMinutes: Int
    var assignedVisits: Int
    var unmetVisits: Int
    var unmetNoMenu: Int
    var unmetOverBudget: Int
    var unmetNoQualifiedWorker: Int
    var unmetNoTime: Int
    var unmetOutcompeted: Int
    var upperBound: Double?
    var boundMethod: String
    var seconds: Double
    var stoppedBy: String
    var utilisationMean: Double
    var utilisationSD: Double
    var createdAt: Date
    /// The N-th run published for its week.
    var version: Int?
    var replanFrom: String?
    var replacesRun: Int64?
    var stableVisits: Int
    var keptVisits: Int?
    var changedVisits: Int?
    var newVisits: Int?
    var unmetPast: Int
    var lastWeekRun: Int64?
    var relationshipVisits: Int
    var relationshipPossible: Int
    var phaseLoad: Double?
    var phaseCompile: Double?
    var phaseConstruction: Double?
    var phaseSearch: Double?
    var phaseBound: Double?
    var phaseFinish: Double?

    enum CodingKeys: String, CodingKey {
        case id, week, seed, includeIntermediary = "include_intermediary", timeLimit = "time_limit", continuity, balance, score
        case weightedMinutes = "weighted_minutes", routeKm = "route_km", continuityDemands = "continuity_demands"
        case preferredVisits = "preferred_visits", demandedWeightedMinutes = "demanded_weighted_minutes"
        case assignedVisits = "assigned_visits", unmetVisits = "unmet_visits", unmetNoMenu = "unmet_no_menu"
        case unmetOverBudget = "unmet_over_budget", unmetNoQualifiedWorker = "unmet_no_qualified_worker"
        case unmetNoTime = "unmet_no_time", unmetOutcompeted = "unmet_outcompeted", upperBound = "upper_bound"
        case boundMethod = "bound_method", seconds, stoppedBy = "stopped_by", createdAt = "created_at"
        case utilisationMean = "utilisation_mean", utilisationSD = "utilisation_sd"
        case version, replanFrom = "replan_from", replacesRun = "replaces_run", stableVisits = "stable_visits"
        case keptVisits = "kept_visits", changedVisits = "changed_visits", newVisits = "new_visits", unmetPast = "unmet_past"
        case lastWeekRun = "last_week_run", relationshipVisits = "relationship_visits"
        case relationshipPossible = "relationship_possible"
        case phaseLoad = "phase_load", phaseCompile = "phase_compile", phaseConstruction = "phase_construction"
        case phaseSearch = "phase_search", phaseBound = "phase_bound", phaseFinish = "phase_finish"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let week = Column(CodingKeys.week)
        static let version = Column(CodingKeys.version)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension RunRecord {
    init(_ roster: Roster, version: Int, createdAt: Date) {
        let s = roster.summary, o = roster.options
        self.init(
            id: nil, week: roster.week.description, seed: Int64(bitPattern: o.seed),
            includeIntermediary: o.includeIntermediary, timeLimit: o.timeLimit, continuity: o.continuity, balance: o.balance,
            score: s.score, weightedMinutes: s.parts.weightedMinutes, routeKm: s.parts.routeKm,
            continuityDemands: s.parts.continuityDemands, preferredVisits: s.parts.preferredVisits,
            demandedWeightedMinutes: s.demandedWeightedMinutes, assignedVisits: s.assignedVisits,
            unmetVisits: s.unmetVisits, unmetNoMenu: s.unmetByReason[.noMenu] ?? 0,
            unmetOverBudget: s.unmetByReason[.overBudget] ?? 0,
            unmetNoQualifiedWorker: s.unmetByReason[.noQualifiedWorker] ?? 0,
            unmetNoTime: s.unmetByReason[.noTime] ?? 0, unmetOutcompeted: s.unmetByReason[.outcompeted] ?? 0,
            upperBound: s.upperBound, boundMethod: s.boundMethod.rawValue, seconds: s.seconds,
            stoppedBy: s.stoppedBy.rawValue, utilisationMean: s.workload.utilisationMean,
            utilisationSD: s.workload.utilisationSD, createdAt: createdAt, version: version,
            replanFrom: s.replan?.from.description, replacesRun: s.replan?.replacedRunID, stableVisits: s.parts.stableVisits,
            keptVisits: s.replan?.keptVisits, changedVisits: s.replan?.changedVisits, newVisits: s.replan?.newVisits,
            unmetPast: s.unmetByReason[.past] ?? 0, lastWeekRun: s.lastWeekRunID,
            relationshipVisits: s.parts.relationshipVisits, relationshipPossible: s.relationshipPossible,
            phaseLoad: s.phases?.load, phaseCompile: s.phases?.compile, phaseConstruction: s.phases?.construction,
            phaseSearch: s.phases?.search, phaseBound: s.phases?.bound, phaseFinish: s.phases?.finish)
    }

    var options: RunOptions {
        RunOptions(
            includeIntermediary: includeIntermediary, seed: UInt64(bitPattern: seed), timeLimit: timeLimit,
            continuity: continuity, balance: balance)
    }

    func isoWeek() throws -> ISOWeek { try StoredValue.week(week, Self.databaseTableName, "week") }

    func summary() throws -> RosterSummary {
        let t = Self.databaseTableName
        let parts = ScoreBreakdown(
            weightedMinutes: try StoredValue.count(weightedMinutes, t, "weighted_minutes"), routeKm: routeKm,
            continuityDemands: try StoredValue.count(continuityDemands, t, "continuity_demands"),
            preferredVisits: try StoredValue.count(preferredVisits, t, "preferred_visits"),
            stableVisits: try StoredValue.count(stableVisits, t, "stable_visits"),
            relationshipVisits: try StoredValue.count(relationshipVisits, t, "relationship_visits"),
            scoresRelationships: continuity)
        let byReason: [UnmetReason: Int] = [
            .noMenu: try StoredValue.count(unmetNoMenu, t, "unmet_no_menu"),
            .overBudget: try StoredValue.count(unmetOverBudget, t, "unmet_over_budget"),
            .noQualifiedWorker: try StoredValue.count(unmetNoQualifiedWorker, t, "unmet_no_qualified_worker"),
            .noTime: try StoredValue.count(unmetNoTime, t, "unmet_no_time"),
            .outcompeted: try StoredValue.count(unmetOutcompeted, t, "unmet_outcompeted"),
            .past: try StoredValue.count(unmetPast, t, "unmet_past"),
        ]
        return RosterSummary(
            week: try isoWeek(), parts: parts, assignedVisits: try StoredValue.count(assignedVisits, t, "assigned_visits"),
            unmetVisits: try StoredValue.count(unmetVisits, t, "unmet_visits"),
            demandedWeightedMinutes: try StoredValue.count(demandedWeightedMinutes, t, "demanded_weighted_minutes"),
            unmetByReason: byReason, upperBound: upperBound,
            boundMethod: try StoredValue.code(boundMethod, Self.databaseTableName, "bound_method"), seconds: seconds,
            stoppedBy: try StoredValue.code(stoppedBy, Self.databaseTableName, "stopped_by"),
            workload: Workload(utilisationMean: utilisationMean, utilisationSD: utilisationSD), replan: try replan(),
            lastWeekRunID: lastWeekRun, relationshipPossible: try StoredValue.count(relationshipPossible, t, "relationship_possible"),
            phases: phases())
    }

    /// The stored phase timings (``RosterSummary/phases``), nil when the run predates them.
    func phases() -> PhaseTimings? {
        guard let phaseLoad, let phaseCompile, let phaseConstruction, let phaseSearch, let phaseBound, let phaseFinish else { return nil }
        return PhaseTimings(
            load: phaseLoad, compile: phaseCompile, construction: phaseConstruction, search: phaseSearch, bound: phaseBound,
            finish: phaseFinish, store: 0)
    }

    /// The replan figures of a replan run, nil for any other.
    func replan() throws -> ReplanFigures? {
        guard let replanFrom else { return nil }
        return ReplanFigures(
            from: try StoredValue.day(replanFrom, Self.databaseTableName, "replan_from"), replacedRunID: replacesRun ?? 0,
            keptVisits: keptVisits ?? stableVisits, changedVisits: changedVisits ?? 0, newVisits: newVisits ?? 0)
    }

    func info(published: Bool) throws -> RunInfo {
        let summary = try summary()
        return RunInfo(
            id: id ?? 0, week: summary.week, options: options, score: score, upperBound: upperBound,
            assignedVisits: assignedVisits, unmetVisits: unmetVisits, fillRate: summary.fillRate, seconds: seconds,
            createdAt: createdAt, published: published, version: version ?? 0, replan: summary.replan)
    }
}
