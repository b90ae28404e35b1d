/// Solves the maximal covering location problem: greedy, then interchange, then an upper bound from
/// submodularity and Lagrangian relaxation (whose best relaxed choice, improved by interchange, competes);
/// while the bound is above the value, an iterated local search and then an exhaustive branch and bound,
/// each within a work budget. Deterministic: budgets count work, not time.
public struct CoveringSolver: Sendable {
    /// Incidences the interchange may touch.
    public var interchangeBudget = 400_000_000
    /// Incidences the Lagrangian bound may touch.
    public var lagrangianBudget = 800_000_000
    /// Incidences the iterated local search may touch when the bound leaves a gap.
    public var perturbationBudget = 150_000_000
    /// Incidences the branch and bound may touch; it gives up (keeping the heuristic answer) beyond.
    public var branchBudget = 100_000_000

    public init() {}

    /// - Complexity: greedy O(k · n + incidences · log), interchange and bound as their budgets allow.
    public func solve(_ instance: CoveringInstance, k: Int) -> CoveringSolution {
        let k = max(0, min(k, instance.candidateCount))
        var state = CoverState(instance)
        state.greedy(upTo: k)
        let greedyValue = state.value
        state.interchange(workBudget: interchangeBudget)
        var chosen = state.chosen
        var value = state.value
        let coverable = instance.coverableWeight
        var bound = min(coverable, value + state.topGains(k))
        var method = CoveringSolution.Method.heuristic
        if bound > value {
            let lagrangian = LagrangianBound(workBudget: lagrangianBudget).run(instance, k: k, lowerBound: value)
            bound = min(bound, LagrangianBound.integerFloor(lagrangian.bound))
            if lagrangian.choiceValue > greedyValue, bound > value {
                var other = CoverState(instance)
                for c in lagrangian.choice { other.add(c) }
                other.interchange(workBudget: interchangeBudget)
                if other.value > value { (chosen, value) = (other.chosen, other.value) }
            }
        }
        if bound > value {
            var ils = CoverState(instance)
            for c in chosen { ils.add(c) }
            ils.iteratedSearch(k: k, workBudget: perturbationBudget, stopAt: bound)
            if ils.value > value { (chosen, value) = (ils.chosen, ils.value) }
        }
        if bound > value {
            let search = BranchAndBound(instance, incumbent: chosen, workBudget: branchBudget)
            if search.run(k: k) {
                chosen = search.bestSet.sorted()
                value = search.best
                bound = value
                method = .branchAndBound
            }
        }
        return CoveringSolution(
            chosen: Self.filled(chosen, to: k, of: instance.candidateCount), value: value,
            upperBound: max(bound, value), method: method, greedyValue: greedyValue)
    }

    /// `chosen` plus the lowest unchosen indices until there are `k`.
    static func filled(_ chosen: [Int], to k: Int, of n: Int) -> [Int] {
        var set = Set(chosen)
        var c = 0
        while set.count < k && c < n {
            set.insert(c)
            c += 1
        }
        return set.sorted()
    }
}
