import LinliModel

/// An upper bound on the score of one part of the week by Lagrangian relaxation (Fisher, "The Lagrangian
/// relaxation method for solving integer programming problems", Management Science 27, 1981).
///
/// The rules that tie workers together — each visit served at most once (rule 13) — and the week cap
/// (rule 12) are moved into the objective with multipliers λ (per visit) and μ (per worker and minute). What
/// is left falls apart into one problem per worker-day: the best route through the day's candidate visits,
/// each paying its pair profit (weighted minutes, ``Problem/pairBonus(visit:worker:)``, the
/// continuity multiplier ρ below) less λ and μ × minutes. That route problem is solved exactly over
/// elementary routes with exact legs where a depth-first search affords it
/// (``elementaryRoute(_:legs:reduced:open:limit:route:)``), and otherwise relaxed
/// (``relaxedRoute(_:reduced:critical:limit:scratch:route:)``): windows, the shift and the home legs (time and
/// kilometres) stay exact, a leg between two visits costs at least the nearest other visit of the day (in a
/// proof, ``tightened(deadline:)``: the shortest leg from a job of the same worker-day that can precede it, and only
/// visits that pay are taken), and a visit may repeat, unless a proof's last evaluation makes it critical.
/// For every λ, μ, ρ ≥ 0 the sum Σλ + Σμ × cap + Σ routes + the continuity terms bounds every
/// roster's score;
/// the multipliers are improved by subgradient steps with the Polyak step length towards the solver's
/// score (Held, Wolfe and Crowder, "Validation of subgradient optimization", Math. Programming 6, 1974), and
/// the lowest value seen is the bound.
///
/// Continuity (+60 for a weekly demand all on one worker w) is an indicator y(d, w) ≤ x(v, w) for every visit v
/// of the demand, with Σ_w y(d, w) ≤ 1; the rows y ≤ x are relaxed too, with multipliers ρ (``ties``) that
/// start as an even split of the 60 over the demand's visits and follow the subgradient like λ, so the
/// relaxation approaches the linear programme's continuity rather than keeping one fixed split. What is
/// left of continuity is Σ over demands of max(0, max over w of 60 − Σ_v ρ(d, w, v)). Kilometres are never
/// counted above what a roster must drive: exactly on elementary routes, and on relaxed ones the home legs
/// exactly and a leg between visits by the nearest neighbour (a proof: the nearest possible predecessor).
/// A replan's frozen rows are fixed: their weighted minutes and bonuses are a constant.
struct LagrangianRosterBound {
    /// One (visit, worker-day) pair; times in minutes from the shift's start.
    struct Job {
        var visit: Int32
        var release: Int32
        var latestStart: Int32
        var minutes: Int32
        /// Travel minutes and score cost (2 per km) of the leg from home, which the leg home matches.
        var homeMinutes: Int32
        var homeCost: Double
        /// Travel minutes and score cost of the shortest leg from any other visit of the day.
        var linkMinutes: Int32
        var linkCost: Double
        /// Weighted minutes and pair bonus; the continuity multiplier of its ``tie`` is added per step.
        var profit: Double
        /// Its row y(d, w) ≤ x(v, w) in ``ties``, or −1 when the visit earns no continuity with this worker.
        var tie: Int32 = -1
        /// Free times at which starting this visit after another one is worth examining.
        var lo: Int32
        var hi: Int32
        /// Minutes between two examinations (1 = every minute), at most `minutes`.
        var grain: Int32 = 1
    }

    /// One worker-day: its jobs are `jobs[range]`.
    struct Slot {
        var worker: Int32
        var length: Int32
        var range: Range<Int>
        /// Exact legs between its jobs, for the elementary route search; nil when it holds too many.
        var legs: Legs?
    }

    var jobs: [Job] = []
    /// Where each job's visit is, for the legs a proof tightens (``tightened(deadline:)``).
    var locations: [Location] = []
    var slots: [Slot] = []
    /// The rows y(d, w) ≤ x(v, w) of continuity: the job of (v, w), or −1 when w has no job for v (the row then
    /// forbids y). Grouped by (demand, worker) in ``tiePairs``, those by demand in ``tieDemands``.
    var ties: [Int32] = []
    var tiePairs: [Range<Int>] = []
    var tieDemands: [Range<Int>] = []
    let caps: [Double]
    let visitCount: Int
    /// Frozen rows' value and the continuity of weekly demands holding frozen rows.
    var constant = 0.0
    /// False when candidate lists were cut short: no bound over them holds.
    let complete: Bool
    /// Whether the relaxed day routes take only jobs of positive reduced profit (set by ``tightened(deadline:)``).
    var payingJobsOnly = false
    /// Fewest worker-days per batch of an evaluation's routes (``batches``); a test hook.
    var slotsPerBatch = Self.defaultSlotsPerBatch

    /// Builds the worker-day problems of `problem` (usually one part, ``Problem/restricted(to:)``).
    /// - Complexity: O(candidate pairs + visits × nearest-neighbour scan).
    init(_ problem: Problem) {
        caps = problem.workers.map { Double($0.weekCap) }
        visitCount = problem.visits.count
        complete = problem.candidatesComplete
        let link = Self.nearestOtherVisit(problem)
        var common = [[Int32]](repeating: [], count: problem.demands.count)
        for (d, info) in problem.demands.enumerated() where info.weekly && !info.visits.isEmpty {
            if info.visits.contains(where: { problem.visits[Int($0)].frozen }) {
                constant += Double(ScoreBreakdown.continuityBonus)
                continue
            }
            var workers = Set(problem.candidates(of: Int(info.visits[0])))
            for v in info.visits.dropFirst() { workers.formIntersection(problem.candidates(of: Int(v))) }
            common[d] = workers.sorted()
        }
        for v in problem.visits.indices where problem.visits[v].frozen && problem.visits[v].pinnedWorker >= 0 {
            constant += Double(Int(problem.visits[v].value) + problem.pairBonus(visit: v, worker: problem.visits[v].pinnedWorker))
        }
        var jobOf: [Int: Int32] = [:]
        for w in problem.workers.indices {
            let worker = problem.workers[w]
            for day in 0..<7 where worker.shiftStart[day] >= 0 {
                let begin = jobs.count
                var locations: [Location] = []
                let shiftStart = worker.shiftStart[day], length = worker.shiftEnd[day] - shiftStart
                for v32 in problem.visitsOfSlot(w * 7 + day) {
                    let v = Int(v32), visit = problem.visits[v]
                    guard !visit.frozen, problem.staticReason[v] == nil else { continue }
                    let home = worker.home.distance(to: visit.location)
                    locations.append(visit.location)
                    let profit = Double(Int(visit.value) + problem.pairBonus(visit: v, worker: Int32(w)))
                    jobOf[v * problem.workers.count + w] = Int32(jobs.count)
                    let linkMinutes = link[v].isFinite ? travelMinutes(link[v]) : length + 1
                    let release = visit.windowStart - shiftStart, latest = visit.windowEnd - visit.minutes - shiftStart
                    jobs.append(Job(
                        visit: v32, release: release, latestStart: latest, minutes: visit.minutes,
                        homeMinutes: travelMinutes(home), homeCost: ScoreBreakdown.kmPenalty * home / 1000,
                        linkMinutes: linkMinutes, linkCost: link[v].isFinite ? ScoreBreakdown.kmPenalty * link[v] / 1000 : 0,
                        profit: profit, lo: max(0, release - linkMinutes), hi: min(length, latest - linkMinutes)
                    ))
                }
                guard jobs.count > begin else { continue }
                self.locations += locations
                slots.append(Slot(worker: Int32(w), length: length, range: begin..<jobs.count, legs: Self.legs(of: locations)))
            }
        }
        for (d, workers) in common.enumerated() where !workers.isEmpty {
            let first = tiePairs.count
            for w in workers {
                let start = ties.count
                for v in problem.demands[d].visits {
                    let j = jobOf[Int(v) * problem.workers.count + Int(w)] ?? -1
                    if j >= 0 { jobs[Int(j)].tie = Int32(ties.count) }
                    ties.append(j)
                }
                tiePairs.append(start..<ties.count)
            }
            tieDemands.append(first..<tiePairs.count)
        }
    }

    /// Metres from each visit to the nearest other (not frozen) visit of the same day; infinity when alone.
    ///
    /// Visits of a day are sorted by latitude and scanned outwards until the latitude difference alone
    /// exceeds the best distance found.
    /// - Complexity: O(visits log visits) sorting, plus the scans (near linear on spread-out points).
    static func nearestOtherVisit(_ problem: Problem) -> [Double] {
        var nearest = [Double](repeating: .infinity, count: problem.visits.count)
        var byDay = [[Int]](repeating: [], count: 7)
        for v in problem.visits.indices where !problem.visits[v].frozen && problem.staticReason[v] == nil {
            byDay[Int(problem.visits[v].day)].append(v)
        }
        // Metres per degree of latitude, shrunk a little so rounding never prunes a closer point.
        let metresPerDegree = 0.999 * GeoPoint.earthRadiusMeters * Double.pi / 180
        for var day in byDay where day.count > 1 {
            day.sort { (problem.visits[$0].location.lat, $0) < (problem.visits[$1].location.lat, $1) }
            for (i, v) in day.enumerated() {
                let here = problem.visits[v].location
                var best = Double.infinity
                for step in [-1, 1] {
                    var k = i + step
                    while k >= 0 && k < day.count {
                        let there = problem.visits[day[k]].location
                        if abs(there.lat - here.lat) * metresPerDegree > best { break }
                        best = min(best, here.distance(to: there))
                        k += step
                    }
                }
                nearest[v] = best
            }
        }
        return nearest
    }
}
