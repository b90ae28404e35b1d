/// A set of chosen candidates with what it covers, updated one candidate at a time.
///
/// `gain[c]` is the weight of `c`'s items no chosen candidate covers: the marginal gain of adding an
/// unchosen `c`, and 0 for a chosen one.
struct CoverState: Sendable {
    let instance: CoveringInstance
    /// Per item, how many chosen candidates cover it.
    private(set) var count: [Int32]
    private(set) var gain: [Int]
    private(set) var isChosen: [Bool]
    /// Covered item weight.
    private(set) var value = 0
    /// Incidences touched so far, the unit of the solver's work budgets.
    private(set) var work = 0

    init(_ instance: CoveringInstance) {
        self.instance = instance
        count = Array(repeating: 0, count: instance.itemCount)
        isChosen = Array(repeating: false, count: instance.candidateCount)
        gain = (0..<instance.candidateCount).map { c in
            instance.items(of: c).reduce(0) { $0 + instance.itemWeights[Int(instance.candidateItems[$1])] }
        }
    }

    /// The chosen candidates, ascending.
    var chosen: [Int] { isChosen.indices.filter { isChosen[$0] } }

    /// - Complexity: O(items of `c` + candidates of the items it newly covers).
    mutating func add(_ c: Int) {
        precondition(!isChosen[c])
        isChosen[c] = true
        let range = instance.items(of: c)
        work += range.count
        for s in range {
            let item = Int(instance.candidateItems[s])
            if count[item] == 0 {
                let w = instance.itemWeights[item]
                value += w
                let others = instance.candidates(of: item)
                work += others.count
                for o in others { gain[Int(instance.itemCandidates[o])] -= w }
            }
            count[item] += 1
        }
    }

    /// - Complexity: O(items of `c` + candidates of the items it alone covered).
    mutating func remove(_ c: Int) {
        precondition(isChosen[c])
        isChosen[c] = false
        let range = instance.items(of: c)
        work += range.count
        for s in range {
            let item = Int(instance.candidateItems[s])
            count[item] -= 1
            if count[item] == 0 {
                let w = instance.itemWeights[item]
                value -= w
                let others = instance.candidates(of: item)
                work += others.count
                for o in others { gain[Int(instance.itemCandidates[o])] += w }
            }
        }
    }

    /// Counts work done outside ``add(_:)`` and ``remove(_:)``.
    mutating func addWork(_ units: Int) { work += units }

    /// The weight only `c` covers among the chosen: what removing it would lose.
    func loss(_ c: Int) -> Int {
        instance.items(of: c).reduce(0) { total, s in
            let item = Int(instance.candidateItems[s])
            return count[item] == 1 ? total + instance.itemWeights[item] : total
        }
    }

    /// The unchosen candidate of largest gain (lowest index on ties), or nil.
    func best() -> Int? {
        var best: Int?
        for c in 0..<instance.candidateCount where !isChosen[c] {
            if best == nil || gain[c] > gain[best!] { best = c }
        }
        return best
    }

    /// Σ of the `r` largest gains of unchosen candidates: with `value`, an upper bound on any superset
    /// with `r` more candidates (submodularity, Nemhauser, Wolsey & Fisher 1978).
    func topGains(_ r: Int) -> Int {
        TopValues.sum(of: r, among: (0..<instance.candidateCount).lazy.filter { !isChosen[$0] }.map { gain[$0] })
    }
}
