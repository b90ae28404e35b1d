extension CoverState {
    /// Adds the candidate of largest gain until `k` are chosen or nothing gains anything.
    /// - Complexity: O(k · n) for the choices plus the updates of ``add(_:)``.
    mutating func greedy(upTo k: Int) {
        var size = chosen.count
        while size < k, let c = best(), gain[c] > 0 {
            addWork(instance.candidateCount)
            add(c)
            size += 1
        }
    }

    /// Vertex substitution (Teitz & Bart 1968): applies the best improving swap of one chosen candidate
    /// for one unchosen candidate until none improves, or the work budget runs out.
    ///
    /// A swap (out, in) changes the value by `gain[in] + shared(out, in) − loss(out)`, where `shared`
    /// is the weight of the items `out` alone covers that `in` covers too; `shared` for every `in` comes
    /// from one pass over the items `out` alone covers (the fast interchange of Whitaker 1983).
    /// - Returns: the number of swaps made.
    /// - Complexity: per round O(Σ over chosen of their sole items' candidates + k · n).
    @discardableResult
    mutating func interchange(workBudget: Int = .max) -> Int {
        let n = instance.candidateCount
        var shared = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        var swaps = 0
        while work < workBudget {
            var bestDelta = 0, bestOut = -1, bestIn = -1
            for out in chosen {
                let loss = loss(out)
                for s in instance.items(of: out) {
                    let item = Int(instance.candidateItems[s])
                    guard count[item] == 1 else { continue }
                    let w = instance.itemWeights[item]
                    let others = instance.candidates(of: item)
                    addWork(others.count)
                    for o in others {
                        let c = Int(instance.itemCandidates[o])
                        if shared[c] == 0 { touched.append(c) }
                        shared[c] += w
                    }
                }
                for c in 0..<n where !isChosen[c] {
                    let delta = gain[c] + shared[c] - loss
                    if delta > bestDelta { (bestDelta, bestOut, bestIn) = (delta, out, c) }
                }
                for c in touched { shared[c] = 0 }
                touched.removeAll(keepingCapacity: true)
                addWork(instance.items(of: out).count + n)
            }
            guard bestDelta > 0 else { break }
            remove(bestOut)
            add(bestIn)
            swaps += 1
        }
        return swaps
    }
}
