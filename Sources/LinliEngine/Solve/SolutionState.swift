import LinliModel

/// The mutable state of a search: every route, who serves each visit, minutes used, and the score parts.
///
/// Changes can be journaled (``beginTransaction()``) and rolled back, so a ruin-and-recreate step that is
/// not accepted costs only what it touched.
struct SolutionState {
    let problem: Problem
    let tables: SearchTables
    /// Index `worker * 7 + day`.
    var routes: [Route]
    /// Worker serving each visit, or -1.
    var workerOf: [Int32]
    /// Service minutes per worker this week (rule 12).
    var used: [Int32]
    var value = 0
    var meters = 0.0
    var continuity = 0
    var preferred = 0
    /// Visits served by their last worker (stable relationships; none with continuity off, see ``SearchTables``).
    var keptFromLastWeek = 0
    /// Replan runs: visits with the worker and start the replaced roster gave them (Σ ``Route/stable``).
    var stable = 0
    /// The workload-balance penalty while `--balance` polishes the roster; nil otherwise.
    var balance: BalanceTerm?

    /// Worth of serving a visit with its last worker, a term of the score.
    static let lastWeekBonus = Double(ScoreBreakdown.relationshipBonus)

    private var journaling = false
    private var savedRoutes: [(Int, Route)] = []
    /// Routes no longer in use (journal entries committed, routes a rollback replaced), to be reused by the
    /// journal instead of allocating (``Route/assign(from:)``).
    private var spareRoutes: [Route] = []
    private var savedWorkers: [(Int, Int32)] = []
    private var savedUsed: [(Int, Int32)] = []
    private var savedTotals = (0, 0.0, 0, 0, 0, 0)
    private var savedBalance: BalanceTerm?
    private var touchedRoute: [Bool]
    /// Workers whose routes the current ruin touched: insertion always examines them.
    private(set) var focus: [Bool]
    private var focusList: [Int] = []
    /// Routes changed since the last call of ``takeDirtyRoutes()``.
    private(set) var dirty: [Int] = []
    private var isDirty: [Bool]

    init(problem: Problem) {
        self.problem = problem
        tables = SearchTables(problem)
        routes = (0..<(problem.workers.count * 7)).map { _ in Route() }
        workerOf = Array(repeating: -1, count: problem.visits.count)
        used = Array(repeating: 0, count: problem.workers.count)
        touchedRoute = Array(repeating: false, count: routes.count)
        focus = Array(repeating: false, count: problem.workers.count)
        isDirty = Array(repeating: false, count: routes.count)
    }

    /// The score of Docs/Rules.md, stability and stable relationships included.
    func objective() -> Double {
        Double(value) - 0.002 * meters + 60 * Double(continuity) + 30 * Double(preferred)
            + Double(ScoreBreakdown.stabilityBonus * stable)
            + Self.lastWeekBonus * Double(keptFromLastWeek)
    }

    /// Whether demand `d` earns the continuity bonus: weekly, every visit assigned, all to one worker.
    func hasContinuity(_ d: Int) -> Bool {
        guard tables.isWeekly(d) else { return false }
        let visits = tables.demandVisits(d)
        guard let first = visits.first else { return false }
        let w = workerOf[Int(first)]
        guard w >= 0 else { return false }
        for v in visits where workerOf[Int(v)] != w { return false }
        return true
    }

    /// Score change of giving visit `v` to worker `w` at a cost of `meters`, bonuses included (stability
    /// counted as if the visit keeps its old start; the exact count follows from the route).
    func insertionDelta(of v: Int, worker w: Int32, meters: Double) -> Double {
        let visit = tables.visits[v]
        var delta = Double(visit.value) - 0.002 * meters
        if visit.preferred == w { delta += 30 }
        if visit.previous == w { delta += Self.lastWeekBonus }
        if visit.keptWorker == w { delta += Double(ScoreBreakdown.stabilityBonus) }
        if let balance { delta -= balance.cost(adding: visit.minutes, to: Int(w), used: used[Int(w)]) }
        let d = Int(visit.demand)
        if tables.isWeekly(d) {
            var completes = true
            for o in tables.demandVisits(d) where Int(o) != v && workerOf[Int(o)] != w { completes = false; break }
            if completes { delta += 60 }
        }
        return delta
    }

    // MARK: - Changes

    mutating func insert(_ v: Int, worker w: Int, position: Int) {
        let visit = tables.visits[v]
        let day = Int(visit.day)
        let r = w * 7 + day
        touch(r)
        let d = Int(visit.demand)
        let hadContinuity = hasContinuity(d)
        meters -= routes[r].meters
        stable -= routes[r].stable
        routes[r].insert(Int32(v), at: position, problem: tables, worker: w, day: day)
        meters += routes[r].meters
        stable += routes[r].stable
        setWorker(v, Int32(w))
        setUsed(w, used[w] + visit.minutes)
        value += Int(visit.value)
        if visit.preferred == Int32(w) { preferred += 1 }
        if visit.previous == Int32(w) { keptFromLastWeek += 1 }
        continuity += (hasContinuity(d) ? 1 : 0) - (hadContinuity ? 1 : 0)
    }

    mutating func remove(_ v: Int) {
        let w = Int(workerOf[v])
        guard w >= 0 else { return }
        let visit = tables.visits[v]
        let day = Int(visit.day)
        let r = w * 7 + day
        touch(r)
        let d = Int(visit.demand)
        let hadContinuity = hasContinuity(d)
        meters -= routes[r].meters
        stable -= routes[r].stable
        if let p = routes[r].visits.firstIndex(of: Int32(v)) {
            routes[r].remove(at: p, problem: tables, worker: w, day: day)
        } else {
            routes[r].refresh(problem: tables, worker: w, day: day)
        }
        meters += routes[r].meters
        stable += routes[r].stable
        setWorker(v, -1)
        setUsed(w, used[w] - visit.minutes)
        value -= Int(visit.value)
        if visit.preferred == Int32(w) { preferred -= 1 }
        if visit.previous == Int32(w) { keptFromLastWeek -= 1 }
        continuity += (hasContinuity(d) ? 1 : 0) - (hadContinuity ? 1 : 0)
    }

    mutating func addFocus(_ w: Int) {
        if !focus[w] {
            focus[w] = true
            focusList.append(w)
        }
    }

    mutating func clearFocus() {
        for w in focusList { focus[w] = false }
        focusList.removeAll(keepingCapacity: true)
    }

    // MARK: - Journal

    mutating func beginTransaction() {
        journaling = true
        savedTotals = (value, meters, continuity, preferred, keptFromLastWeek, stable)
        savedBalance = balance
    }

    mutating func commit() {
        for (r, saved) in savedRoutes {
            touchedRoute[r] = false
            spareRoutes.append(saved)
        }
        savedRoutes.removeAll(keepingCapacity: true)
        savedWorkers.removeAll(keepingCapacity: true)
        savedUsed.removeAll(keepingCapacity: true)
        journaling = false
    }

    mutating func rollback() {
        for (r, route) in savedRoutes.reversed() {
            spareRoutes.append(routes[r])
            routes[r] = route
            touchedRoute[r] = false
        }
        for (v, w) in savedWorkers.reversed() { workerOf[v] = w }
        for (w, u) in savedUsed.reversed() { used[w] = u }
        (value, meters, continuity, preferred, keptFromLastWeek, stable) = savedTotals
        balance = savedBalance
        savedRoutes.removeAll(keepingCapacity: true)
        savedWorkers.removeAll(keepingCapacity: true)
        savedUsed.removeAll(keepingCapacity: true)
        journaling = false
    }

    /// Routes changed since the last call, for copying into the best-known solution.
    mutating func takeDirtyRoutes() -> [Int] {
        let out = dirty
        for r in out { isDirty[r] = false }
        dirty.removeAll(keepingCapacity: true)
        return out
    }

    private mutating func touch(_ r: Int) {
        if !isDirty[r] {
            isDirty[r] = true
            dirty.append(r)
        }
        if journaling && !touchedRoute[r] {
            touchedRoute[r] = true
            let saved = spareRoutes.popLast() ?? Route()
            saved.assign(from: routes[r])
            savedRoutes.append((r, saved))
        }
    }

    private mutating func setWorker(_ v: Int, _ w: Int32) {
        if journaling { savedWorkers.append((v, workerOf[v])) }
        workerOf[v] = w
    }

    private mutating func setUsed(_ w: Int, _ u: Int32) {
        if journaling { savedUsed.append((w, used[w])) }
        balance?.change(worker: w, from: used[w], to: u)
        used[w] = u
    }
}
