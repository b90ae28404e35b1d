import LinliModel

extension LagrangianRosterBound {
    /// The first continuity multipliers: the 60 of each weekly demand split evenly over its visits, for every
    /// worker who could serve all of them.
    func evenContinuity() -> [Double] {
        var rho = [Double](repeating: 0, count: ties.count)
        for pair in tiePairs {
            for t in pair { rho[t] = Double(ScoreBreakdown.continuityBonus) / Double(pair.count) }
        }
        return rho
    }

    /// The continuity part of the Lagrangian value, Σ over demands of max(0, max over workers w of
    /// 60 − Σ_v ρ(d, w, v)), with the maximising pair of each demand in `chosen` (−1 when none pays).
    /// - Complexity: O(ties).
    func continuityValue(_ rho: [Double], chosen: inout [Int]) -> Double {
        var value = 0.0
        for (d, pairs) in tieDemands.enumerated() {
            var best = 0.0, pick = -1
            for p in pairs {
                var rest = Double(ScoreBreakdown.continuityBonus)
                for t in tiePairs[p] { rest -= rho[t] }
                if rest > best {
                    best = rest
                    pick = p
                }
            }
            value += best
            chosen[d] = pick
        }
        return value
    }

    /// The subgradient of ρ(d, w, v), x(v, w) − y(d, w), from the jobs the routes used and the chosen pairs.
    func continuityGradient(_ t: Int, pair: Int, chosen: Int, used: [Int32]) -> Double {
        let x = ties[t] >= 0 ? Double(used[Int(ties[t])]) : 0
        return x - (pair == chosen ? 1 : 0)
    }
}
