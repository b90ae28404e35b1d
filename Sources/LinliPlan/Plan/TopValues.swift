/// Sums of the largest few values of a sequence.
enum TopValues {
    /// Σ of the `r` largest values (all of them when fewer).
    /// - Complexity: O(n · r) worst case, O(n) when few values beat the running r-th largest.
    static func sum(of r: Int, among values: some Sequence<Int>) -> Int {
        guard r > 0 else { return 0 }
        var top: [Int] = []
        top.reserveCapacity(r + 1)
        for v in values {
            if top.count == r {
                guard v > top[r - 1] else { continue }
                top.removeLast()
            }
            var i = top.count
            while i > 0 && top[i - 1] < v { i -= 1 }
            top.insert(v, at: i)
        }
        return top.reduce(0, +)
    }

    /// Indices of the `r` largest values, ties to the lower index, ascending.
    /// - Complexity: O(n log n).
    static func indices(of r: Int, among values: [Double]) -> [Int] {
        guard r < values.count else { return Array(values.indices) }
        let order = values.indices.sorted { (values[$0], $1) > (values[$1], $0) }
        return order.prefix(r).sorted()
    }
}
