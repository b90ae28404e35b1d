/// Exact search for the best `k` candidates: depth-first branch and bound that branches on the free
/// candidate of largest gain (take it, or rule it out) and prunes a node when its value plus the `r`
/// largest gains of the free candidates (a valid bound by submodularity) cannot beat the incumbent.
///
/// Candidates whose items are a subset of another candidate's (the same set included, keeping the lower
/// index) are ruled out from the start: some optimal choice never needs them.
final class BranchAndBound {
    private var state: CoverState
    /// Not chosen and not ruled out.
    private var free: [Bool]
    private var path: [Int] = []
    private(set) var best: Int
    private(set) var bestSet: [Int]
    private let budget: Int
    private(set) var nodes = 0
    /// The budget ran out before the tree was exhausted.
    private(set) var aborted = false

    /// - Parameters:
    ///   - incumbent: a feasible choice (at most `k` candidates) to start from.
    ///   - workBudget: incidences to touch at most.
    init(_ instance: CoveringInstance, incumbent: [Int], workBudget: Int) {
        state = CoverState(instance)
        free = Self.undominated(instance)
        best = instance.value(of: incumbent)
        bestSet = incumbent
        budget = workBudget
    }

    /// Runs the search with room for `k` candidates.
    /// - Returns: whether the search finished, so `best` is optimal.
    /// - Complexity: exponential in the worst case; bounded by the work budget.
    func run(k: Int) -> Bool {
        search(remaining: k)
        return !aborted
    }

    private func search(remaining r: Int) {
        nodes += 1
        let n = state.instance.candidateCount
        state.addWork(n)
        if state.work > budget { aborted = true; return }
        guard r > 0 else { return }
        var branch = -1
        for c in 0..<n where free[c] && (branch < 0 || state.gain[c] > state.gain[branch]) { branch = c }
        guard branch >= 0, state.gain[branch] > 0 else { return }
        let bound = state.value + TopValues.sum(of: r, among: (0..<n).lazy.filter { self.free[$0] }.map { self.state.gain[$0] })
        guard bound > best else { return }

        free[branch] = false
        state.add(branch)
        path.append(branch)
        if state.value > best {
            best = state.value
            bestSet = path
        }
        search(remaining: r - 1)
        path.removeLast()
        state.remove(branch)
        if !aborted { search(remaining: r) }
        free[branch] = true
    }

    /// Per candidate: covers something and is not dominated by another candidate.
    /// - Complexity: O(n · incidences) for n candidates.
    static func undominated(_ instance: CoveringInstance) -> [Bool] {
        let n = instance.candidateCount
        var keep = (0..<n).map { !instance.items(of: $0).isEmpty }
        var stamp = [Int](repeating: -1, count: instance.itemCount)
        for big in 0..<n where keep[big] {
            for s in instance.items(of: big) { stamp[Int(instance.candidateItems[s])] = big }
            let size = instance.items(of: big).count
            for small in 0..<n where small != big && keep[small] {
                let smallSize = instance.items(of: small).count
                guard smallSize < size || (smallSize == size && small > big) else { continue }
                if instance.items(of: small).allSatisfy({ stamp[Int(instance.candidateItems[$0])] == big }) { keep[small] = false }
            }
        }
        return keep
    }
}
