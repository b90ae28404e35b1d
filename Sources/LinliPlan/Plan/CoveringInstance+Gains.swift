extension CoveringInstance {
    /// The candidates of `chosen` in the order a greedy pass over them adds them, each with the item
    /// weight it adds to those before it; a gain of 0 means the candidate adds nothing. The gains sum
    /// to ``value(of:)`` of the set; ties go to the lower candidate index.
    ///
    /// Lazy greedy: a candidate's gain only shrinks as others are added, so a stale gain is an upper
    /// bound and only the best-looking candidate is re-evaluated.
    /// - Complexity: O(k² + r·s) for k distinct candidates, r re-evaluations and s items per candidate.
    public func marginalGains(of chosen: [Int]) -> [(candidate: Int, gain: Int)] {
        var covered = [Bool](repeating: false, count: itemCount)
        var remaining = Array(Set(chosen)).sorted().map { c in
            (candidate: c, bound: items(of: c).reduce(0) { $0 + itemWeights[Int(candidateItems[$1])] }, fresh: true)
        }
        var out: [(candidate: Int, gain: Int)] = []
        while !remaining.isEmpty {
            var best = 0
            for i in remaining.indices.dropFirst() where remaining[i].bound > remaining[best].bound { best = i }
            let c = remaining[best].candidate
            if remaining[best].fresh {
                for s in items(of: c) { covered[Int(candidateItems[s])] = true }
                out.append((c, remaining[best].bound))
                remaining.remove(at: best)
                for i in remaining.indices { remaining[i].fresh = false }
            } else {
                remaining[best].bound = items(of: c).reduce(0) { covered[Int(candidateItems[$1])] ? $0 : $0 + itemWeights[Int(candidateItems[$1])] }
                remaining[best].fresh = true
            }
        }
        return out
    }
}
