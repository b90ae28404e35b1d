/// A maximal covering location problem (Church & ReVelle 1974) after aggregation: *items* are groups of
/// households with the same set of candidates able to cover them (their coverage signature), weighted by
/// the households' summed weight. Choose `k` candidates to maximize the weight of the items covered.
///
/// Households already covered by an existing point, or covered by no candidate, are not items: their
/// weight is `fixedWeight` or part of `totalWeight` only.
public struct CoveringInstance: Sendable {
    public let candidateCount: Int
    /// Weight of each item (> 0).
    public let itemWeights: [Int]
    /// CSR item → covering candidates, ascending.
    let itemStart: [Int32]
    let itemCandidates: [Int32]
    /// CSR candidate → items it covers, ascending.
    let candidateStart: [Int32]
    let candidateItems: [Int32]
    /// Weight covered whatever is chosen (households within reach of an existing point).
    public let fixedWeight: Int
    /// Weight of every household, covered or not.
    public let totalWeight: Int

    /// Aggregates weighted elements (households) by their coverer lists.
    ///
    /// - Parameters:
    ///   - weights: per element; elements with weight ≤ 0 or no coverer are left out.
    ///   - covererStart: CSR offsets (count + 1) into `coverers`, whose runs are ascending candidate indices.
    /// - Complexity: O(e + i) expected (hashing) for e elements and i incidences.
    public init(candidateCount: Int, weights: [Int], covererStart: [Int32], coverers: [Int32], fixedWeight: Int, totalWeight: Int) {
        self.candidateCount = candidateCount
        self.fixedWeight = fixedWeight
        self.totalWeight = totalWeight
        var itemOf: [ArraySlice<Int32>: Int] = [:]
        var weightsOut: [Int] = []
        var start: [Int32] = [0]
        var members: [Int32] = []
        for e in weights.indices where weights[e] > 0 {
            let signature = coverers[Int(covererStart[e])..<Int(covererStart[e + 1])]
            guard !signature.isEmpty else { continue }
            if let item = itemOf[signature] {
                weightsOut[item] += weights[e]
            } else {
                itemOf[signature] = weightsOut.count
                weightsOut.append(weights[e])
                members.append(contentsOf: signature)
                start.append(Int32(members.count))
            }
        }
        itemWeights = weightsOut
        itemStart = start
        itemCandidates = members
        (candidateStart, candidateItems) = Self.transpose(start: start, members: members, columns: candidateCount)
    }

    /// Number of items (distinct signatures).
    public var itemCount: Int { itemWeights.count }
    /// Number of (item, candidate) pairs.
    public var incidenceCount: Int { itemCandidates.count }
    /// Weight some choice of candidates could add: Σ item weights.
    public var coverableWeight: Int { itemWeights.reduce(0, +) }

    @inline(__always) func candidates(of item: Int) -> Range<Int> { Int(itemStart[item])..<Int(itemStart[item + 1]) }
    @inline(__always) func items(of candidate: Int) -> Range<Int> { Int(candidateStart[candidate])..<Int(candidateStart[candidate + 1]) }

    /// The items of `candidate`, ascending.
    public func itemList(of candidate: Int) -> [Int] { items(of: candidate).map { Int(candidateItems[$0]) } }

    /// Covered item weight of a set of candidates (duplicates ignored).
    /// - Complexity: O(Σ items of the set).
    public func value(of chosen: [Int]) -> Int {
        var covered = Set<Int32>()
        for c in chosen { for s in items(of: c) { covered.insert(candidateItems[s]) } }
        return covered.reduce(0) { $0 + itemWeights[Int($1)] }
    }

    /// The CSR of the transposed relation: for each column, the rows listing it, ascending.
    static func transpose(start: [Int32], members: [Int32], columns: Int) -> ([Int32], [Int32]) {
        var outStart = [Int32](repeating: 0, count: columns + 1)
        for m in members { outStart[Int(m) + 1] += 1 }
        for c in 0..<columns { outStart[c + 1] += outStart[c] }
        var fill = outStart
        var out = [Int32](repeating: 0, count: members.count)
        for row in 0..<(start.count - 1) {
            for s in Int(start[row])..<Int(start[row + 1]) {
                let c = Int(members[s])
                out[Int(fill[c])] = Int32(row)
                fill[c] += 1
            }
        }
        return (outStart, out)
    }
}
