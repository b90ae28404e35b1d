import LinliModel

/// Solves a ``Problem``: `solve` builds the weekly roster, ``RosterChecker`` verifies one independently.
public struct Solver: Sendable {
    public var options: RunOptions

    package var parameters = SearchParameters()

    public init(options: RunOptions) { self.options = options }

    /// Work units per second of `--time-limit`, measured on the reference 2-core machine, so a time limit
    /// becomes a deterministic budget.
    public static let workUnitsPerSecond = 6_000_000.0

    /// The search budget for a time limit.
    public static func workUnits(seconds: Double) -> Int { Int(max(0, seconds) * workUnitsPerSecond) }

    /// Builds the roster: pinned visits, greedy construction, then ruin and recreate within the budget.
    /// - Complexity: O(construction + budget); construction is O(visits × candidates × route length).
    public func solve(_ problem: Problem) -> Solution {
        var pinned: [(visit: Int, worker: Int)] = []
        for v in problem.visits.indices where problem.visits[v].pinnedWorker >= 0 {
            pinned.append((v, Int(problem.visits[v].pinnedWorker)))
        }
        var search = Search(problem: problem, seed: options.seed, budget: Self.workUnits(seconds: options.timeLimit), parameters: parameters)
        let state = search.run(pinned: pinned)
        let bound = UpperBound.compute(problem)
        return Solution(state: state, upperBound: bound, workUnits: search.budget)
    }
}
