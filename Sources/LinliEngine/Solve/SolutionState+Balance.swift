import LinliModel

/// The search state under `--balance`: the score less the workload-balance penalty (Docs/Rules.md, "Workload balance").
extension SolutionState {
    /// Starts charging the balance penalty with weight `weight` (λ) over this part's workers, from the minutes served now.
    /// - Complexity: O(workers).
    mutating func startBalancing(weight: Double) {
        balance = BalanceTerm(weight: weight, available: tables.workers.map(\.available), used: used)
    }

    /// The score the search maximises under `--balance`: ``objective()`` less the balance penalty.
    func balancedObjective() -> Double {
        objective() - (balance?.penalty ?? 0)
    }

    /// λ for this part: `strength` × the mean score per served minute × the mean available minutes, so that
    /// moving a visit between two workers whose utilisations differ by Δu changes the penalty by about
    /// 2 × `strength` × Δu × the visit's value, whatever the district's weights and shifts.
    func balanceWeight(strength: Double) -> Double {
        let minutes = tables.visits.reduce(0) { $0 + Int($1.minutes) }
        let available = tables.workers.map { Int($0.available) }.filter { $0 > 0 }
        guard minutes > 0, !available.isEmpty else { return 0 }
        let valuePerMinute = Double(problem.demandedWeightedMinutes) / Double(minutes)
        let meanAvailable = Double(available.reduce(0, +)) / Double(available.count)
        return strength * valuePerMinute * meanAvailable
    }

    /// The most utilised of `count` workers drawn at random (tournament selection), or nil without workers.
    /// - Complexity: O(count).
    func busiestWorker(drawing count: Int, rng: inout SeededGenerator) -> Int? {
        guard let balance, !used.isEmpty else { return nil }
        var best = Int.random(in: 0..<used.count, using: &rng)
        for _ in 1..<max(1, count) {
            let w = Int.random(in: 0..<used.count, using: &rng)
            if Double(used[w]) * balance.inverseAvailable[w] > Double(used[best]) * balance.inverseAvailable[best] { best = w }
        }
        return best
    }

    /// A difference between the running balance sums and a recount from the minutes per worker, if any.
    func balanceProblems() -> [String] {
        guard let balance else { return [] }
        let recount = BalanceTerm(weight: balance.weight, available: tables.workers.map(\.available), used: used)
        let tolerance = 1e-9 * max(1, recount.count)
        guard abs(recount.sum - balance.sum) > tolerance || abs(recount.sumOfSquares - balance.sumOfSquares) > tolerance else { return [] }
        return ["balance sums are (\(balance.sum), \(balance.sumOfSquares)), recounted (\(recount.sum), \(recount.sumOfSquares))"]
    }
}
