/// The metres of every leg a search may measure — between the places of a part's households and its workers'
/// homes — computed on first use and remembered, for parts with few enough places.
///
/// Each entry is `from.distance(to: to)` exactly as ``Location/distance(to:)`` gives it, in the same direction,
/// so a search reading it makes the same roster to the bit; it only skips the trigonometry when a leg comes up
/// again (a tiny week measures its same few thousand legs millions of times: 8% of its search in a profile).
/// Larger parts measure every leg anew: their table would not stay in the cache and a lookup would cost more
/// than the haversine.
///
/// Not thread-safe: one search owns it (``SearchTables`` is made per ``SolutionState``).
final class LegMetres: @unchecked Sendable {
    /// Places: the households of the part's visits in order of first visit, then every worker's home.
    let places: [Location]
    /// Each visit's place.
    let visitPlace: [Int32]
    /// Each worker's home place.
    let homePlace: [Int32]
    /// Row-major `places.count²` metres, NaN until measured; empty when the part has more than ``largestTable`` places.
    private let table: UnsafeMutableBufferPointer<Double>

    /// Places of the largest part whose legs are remembered (a table of 2 MB).
    static let largestTable = 512

    init(visits: [Problem.Visit], workers: [Problem.WorkerInfo]) {
        var places: [Location] = []
        var byHousehold: [Int32: Int32] = [:]
        var visitPlace: [Int32] = []
        visitPlace.reserveCapacity(visits.count)
        for visit in visits {
            if let p = byHousehold[visit.household] {
                visitPlace.append(p)
            } else {
                let p = Int32(places.count)
                byHousehold[visit.household] = p
                places.append(visit.location)
                visitPlace.append(p)
            }
        }
        homePlace = workers.indices.map { Int32(places.count + $0) }
        places += workers.map(\.home)
        self.places = places
        self.visitPlace = visitPlace
        if places.count <= Self.largestTable {
            table = .allocate(capacity: places.count * places.count)
            table.initialize(repeating: .nan)
        } else {
            table = UnsafeMutableBufferPointer(start: nil, count: 0)
        }
    }

    deinit { table.deallocate() }

    /// Metres from place `a` to place `b`.
    @inline(__always)
    func metres(_ a: Int32, _ b: Int32) -> Double {
        guard !table.isEmpty else { return places[Int(a)].distance(to: places[Int(b)]) }
        let i = Int(a) * places.count + Int(b)
        let known = table[i]
        if !known.isNaN { return known }
        let measured = places[Int(a)].distance(to: places[Int(b)])
        table[i] = measured
        return measured
    }
}
