/// Draws indices in proportion to fixed weights.
///
/// - Complexity: O(n) to build, O(log n) per draw.
struct WeightedTable: Sendable {
    private var cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { sum += $0; return sum }
    }

    func draw(using rng: inout some RandomNumberGenerator) -> Int {
        let x = rng.unit() * (cumulative.last ?? 0)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
