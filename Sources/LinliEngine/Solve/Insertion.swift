/// Where a visit would go, and what it would change.
struct Insertion: Sendable {
    var worker: Int32
    var position: Int32
    var addedMeters: Double
    /// Score change: value and bonuses minus the kilometre cost.
    var delta: Double
}
