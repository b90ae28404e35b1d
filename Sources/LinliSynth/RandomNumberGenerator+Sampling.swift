/// Draws used by the generator; all come from the injected generator, none from the system.
extension RandomNumberGenerator {
    /// Uniform in [0, 1), 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A multiple of `step` in `range` (both ends included when they are multiples).
    mutating func step(_ range: ClosedRange<Int>, by step: Int) -> Int {
        let lo = (range.lowerBound + step - 1) / step, hi = range.upperBound / step
        return int(lo...max(lo, hi)) * step
    }

    /// Approximately standard normal: the Irwin-Hall sum of four uniforms, rescaled (bounded by ±3.46).
    ///
    /// Uses no libm, so it is the same on every platform.
    mutating func gaussian() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 1.732_050_807_568_877_2
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An index drawn with probability proportional to `weights` (linear; for short lists).
    mutating func weighted(_ weights: [Double]) -> Int {
        var x = unit() * weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.lastIndex { $0 > 0 } ?? weights.count - 1
    }

    /// A uniformly random unit vector (rejection sampling in the unit disc; no trigonometry).
    mutating func direction() -> (x: Double, y: Double) {
        while true {
            let x = uniform(-1, 1), y = uniform(-1, 1), r2 = x * x + y * y
            if r2 > 1e-6, r2 <= 1 {
                let r = r2.squareRoot()
                return (x / r, y / r)
            }
        }
    }
}
