/// The workload-balance penalty of `--balance`: λ · Σ_w (u_w − ū)², with u_w = minutes_w ÷ available_w over
/// the workers of one part (Docs/Rules.md, "Workload balance").
///
/// It keeps Σ u_w and Σ u_w², so that Σ (u_w − ū)² = Σ u_w² − (Σ u_w)² ÷ n follows in O(1), and a change of one
/// worker's minutes, or the cost of a proposed one, is O(1) too — the incremental form of a load-balancing
/// constraint collector (Timefold Solver's `ConstraintCollectors.loadBalance`, which scores the same
/// unfairness from running sums).
struct BalanceTerm: Sendable {
    /// λ, in score points per unit of Σ (u_w − ū)².
    let weight: Double
    /// 1 ÷ available minutes per worker (0 for a worker with none, who is left out).
    let inverseAvailable: [Double]
    /// Workers counted (with available minutes).
    let count: Double
    private(set) var sum = 0.0
    private(set) var sumOfSquares = 0.0

    /// The term for workers with `available` minutes, `used` of which are already served.
    init(weight: Double, available: [Int32], used: [Int32]) {
        self.weight = weight
        inverseAvailable = available.map { $0 > 0 ? 1 / Double($0) : 0 }
        count = Double(max(1, available.count(where: { $0 > 0 })))
        for w in used.indices { change(worker: w, from: 0, to: used[w]) }
    }

    /// λ · Σ (u_w − ū)².
    var penalty: Double { weight * max(0, sumOfSquares - sum * sum / count) }

    /// Worker `w`'s minutes change from `old` to `new`.
    mutating func change(worker w: Int, from old: Int32, to new: Int32) {
        let a = Double(old) * inverseAvailable[w], b = Double(new) * inverseAvailable[w]
        sum += b - a
        sumOfSquares += b * b - a * a
    }

    /// The rise of ``penalty`` if worker `w`, now at `used` minutes, took `minutes` more:
    /// λ · (2δ (u_w − ū) + δ² (1 − 1/n)) with δ = minutes ÷ available.
    func cost(adding minutes: Int32, to w: Int, used: Int32) -> Double {
        let inverse = inverseAvailable[w]
        let delta = Double(minutes) * inverse
        return weight * (2 * delta * (Double(used) * inverse - sum / count) + delta * delta * (1 - 1 / count))
    }
}
