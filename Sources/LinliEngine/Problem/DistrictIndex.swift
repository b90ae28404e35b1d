import LinliModel

/// Lookups over a dataset for one week: entities by index, the menu in force per day, shift windows,
/// and the points within reach of each household.
///
/// - Complexity: building is O(households × points) distance tests after a cheap bounding-box filter.
struct DistrictIndex: Sendable {
    let dataset: Dataset
    let week: ISOWeek
    let days: [Day]
    let enterpriseIndex: [String: Int]
    let pointIndex: [String: Int]
    let workerIndex: [String: Int]
    let householdIndex: [String: Int]
    /// Menu items in force per enterprise, per weekday index.
    let menuInForce: [[[MenuItem]]]
    /// Shift window per worker, per weekday index.
    let shifts: [[(start: TimeOfDay, end: TimeOfDay)?]]
    /// Enterprises operating from each point.
    let pointEnterprises: [Set<Int>]
    /// Points within reach of each household, ascending.
    let reachingPoints: [[Int]]
    /// Visits their household cancelled: no visits of this week.
    let cancelled: Set<VisitKey>
    /// Per worker, per weekday index, whether an absence covers the day (rule 14).
    let absent: [[Bool]]

    init(dataset: Dataset, week: ISOWeek) {
        self.dataset = dataset
        self.week = week
        days = week.days
        enterpriseIndex = Self.index(dataset.enterprises.map(\.id))
        pointIndex = Self.index(dataset.servicePoints.map(\.id))
        workerIndex = Self.index(dataset.workers.map(\.id))
        householdIndex = Self.index(dataset.households.map(\.id))
        cancelled = dataset.cancelledVisits(in: week)

        var menu = Array(repeating: Array(repeating: [MenuItem](), count: 7), count: dataset.enterprises.count)
        for (d, day) in days.enumerated() {
            for item in dataset.menu.inForce(on: day) {
                guard let e = enterpriseIndex[item.enterpriseID] else { continue }
                menu[e][d].append(item)
            }
        }
        menuInForce = menu

        let patterns = Dictionary(uniqueKeysWithValues: dataset.shiftPatterns.map { ($0.id, $0) })
        shifts = dataset.workers.map { w in
            patterns[w.shiftPatternID]?.windows(in: week, rotationOffset: w.rotationOffset)
                ?? Array(repeating: nil, count: 7)
        }

        let ei = enterpriseIndex
        pointEnterprises = dataset.servicePoints.map { Set($0.enterpriseIDs.compactMap { ei[$0] }) }
        reachingPoints = Self.reach(points: dataset.servicePoints, households: dataset.households)
        absent = Self.absentDays(dataset.absences, workers: workerIndex, count: dataset.workers.count, days: days)
    }

    /// Marks each worker-day of the week that one of `absences` covers.
    /// - Complexity: O(workers + absences).
    static func absentDays(_ absences: [Absence], workers: [String: Int], count: Int, days: [Day]) -> [[Bool]] {
        var out = Array(repeating: Array(repeating: false, count: days.count), count: count)
        for a in absences {
            guard let w = workers[a.workerID] else { continue }
            for (d, day) in days.enumerated() where a.covers(day) { out[w][d] = true }
        }
        return out
    }

    /// Demands by id: built on demand, since only pin checks read it and it is the largest index.
    var demandIndex: [String: Int] { Self.index(dataset.demands.map(\.id)) }

    static func index(_ ids: [String]) -> [String: Int] {
        var out = [String: Int](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    /// Points whose radius holds each household (rule 9), by exact haversine after a degree-box filter; the
    /// points are sorted by latitude once, so each household tests only those within the widest radius of
    /// its latitude.
    /// - Complexity: O(P log P + H × (log P + points in the latitude band)).
    static func reach(points: [ServicePoint], households: [Household]) -> [[Int]] {
        let metersPerDegreeLat = 111_000.0
        let pts = points.map { Location($0.location) }
        let byLatitude = points.indices.sorted { points[$0].location.lat < points[$1].location.lat }
        let latitudes = byLatitude.map { points[$0].location.lat }
        // The box test below never passes a point farther in latitude than this (widened against rounding).
        let band = (points.map { $0.radiusMeters * 1.05 + 100 }.max() ?? 0) / metersPerDegreeLat * 1.001 + 1e-6
        return households.map { h in
            var out: [Int] = []
            var first = 0, hi = latitudes.count
            while first < hi {
                let mid = (first + hi) / 2
                if latitudes[mid] < h.location.lat - band { first = mid + 1 } else { hi = mid }
            }
            while first < latitudes.count && latitudes[first] <= h.location.lat + band {
                let i = byLatitude[first]
                first += 1
                let p = points[i]
                let slack = p.radiusMeters * 1.05 + 100
                let dLat = abs(h.location.lat - p.location.lat) * metersPerDegreeLat
                if dLat > slack { continue }
                // East-west metres shrink with the cosine of the latitude nearer a pole; within 6° of a pole
                // (cosine under 0.1) the box is not worth its approximation and only the haversine decides.
                var degrees = abs(h.location.lon - p.location.lon)
                if degrees > 180 { degrees = 360 - degrees }
                let cosine = min(pts[i].cosLat, GeoPoint.cosLatitude(h.location.lat))
                if cosine > 0.1 && degrees * metersPerDegreeLat * cosine > slack * 1.01 + 100 { continue }
                if p.location.distance(to: h.location) <= p.radiusMeters { out.append(i) }
            }
            out.sort()
            return out
        }
    }
}
