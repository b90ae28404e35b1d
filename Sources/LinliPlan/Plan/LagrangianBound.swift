/// An upper bound on the item weight `k` candidates can cover, from the Lagrangian relaxation of the
/// coverage constraints `y_i ≤ Σ_{j covers i} x_j` (Galvão & ReVelle 1996), minimized by subgradient
/// optimization with Polyak steps (Held, Wolfe & Crowder 1974).
///
/// For multipliers `0 ≤ λ_i ≤ w_i` the relaxation separates:
/// `L(λ) = Σ_i (w_i − λ_i) + (sum of the k largest Σ_{i ∈ M_j} λ_i)`, and every `L(λ)` bounds the
/// optimum from above. The cardinality subproblem has the integrality property, so the best `L` is
/// the linear-programming bound.
struct LagrangianBound: Sendable {
    /// Most subgradient steps.
    var maxIterations = 500
    /// Stop once this many incidences have been visited.
    var workBudget = 800_000_000
    /// Steps without improvement before the step factor halves.
    var patience = 20

    struct Result: Sendable {
        /// The smallest L(λ) found.
        var bound: Double
        var iterations: Int
        var work: Int
        /// The best of the relaxation's candidate choices as a solution (a Lagrangian heuristic).
        var choice: [Int]
        var choiceValue: Int
    }

    /// - Parameter lowerBound: the value of a known solution; the search stops once the bound meets it.
    /// - Complexity: O(iterations · (incidences + n log n)).
    func run(_ instance: CoveringInstance, k: Int, lowerBound: Int) -> Result {
        let n = instance.candidateCount, m = instance.itemCount
        let weights = instance.itemWeights.map(Double.init)
        var lambda = weights
        var best = Double.infinity
        var mu = 2.0, sinceImprovement = 0, work = 0, iteration = 0
        var score = [Double](repeating: 0, count: n)
        var cover = [Int32](repeating: 0, count: m)
        let lb = Double(lowerBound)
        var choice: [Int] = [], choiceValue = -1
        while iteration < maxIterations, work < workBudget {
            iteration += 1
            var free = 0.0
            for i in 0..<m { free += weights[i] - lambda[i] }
            for j in 0..<n {
                var s = 0.0
                for p in instance.items(of: j) { s += lambda[Int(instance.candidateItems[p])] }
                score[j] = s
            }
            let x = TopValues.indices(of: min(k, n), among: score)
            let value = free + x.reduce(0.0) { $0 + score[$1] }
            work += instance.incidenceCount + m + n
            if value < best - 1e-9 {
                best = value
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
                if sinceImprovement >= patience { mu /= 2; sinceImprovement = 0 }
            }
            if Self.integerFloor(best) <= lowerBound || mu < 1e-4 { break }

            var covered = 0
            for j in x {
                for p in instance.items(of: j) {
                    let i = Int(instance.candidateItems[p])
                    if cover[i] == 0 { covered += instance.itemWeights[i] }
                    cover[i] += 1
                }
            }
            if covered > choiceValue { (choice, choiceValue) = (x, covered) }
            var norm = 0.0
            for i in 0..<m {
                let g = Double(cover[i]) - (lambda[i] < weights[i] ? 1 : 0)
                norm += g * g
            }
            guard norm > 0 else { break }
            let step = mu * (value - lb) / norm
            for i in 0..<m {
                let g = Double(cover[i]) - (lambda[i] < weights[i] ? 1 : 0)
                lambda[i] = min(weights[i], max(0, lambda[i] - step * g))
                cover[i] = 0
            }
        }
        return Result(bound: best, iterations: iteration, work: work, choice: choice, choiceValue: choiceValue)
    }

    /// The largest integer not above `bound`, with room for rounding in the sums (weights are integers,
    /// so the integer optimum is at most this).
    static func integerFloor(_ bound: Double) -> Int {
        guard bound.isFinite else { return .max }
        return Int((bound + 1e-7 * max(1, abs(bound))).rounded(.down))
    }
}
