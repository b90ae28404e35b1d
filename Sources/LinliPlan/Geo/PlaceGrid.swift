#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

/// A bucket grid over many places (households) for "which places lie within r metres of here".
///
/// Places are sorted by cell, row-major, so the cells of one grid row inside a query's bounding box
/// are one contiguous slice. The box is conservative for the haversine distance (latitude span
/// `r / R`; longitude span widened by the smallest cosine of latitude in the band), and every place
/// in it is decided exactly by ``RadiusTest``. Longitudes are not wrapped: a query whose box crosses
/// ±180° scans every column instead.
public struct PlaceGrid: Sendable {
    /// Number of places indexed.
    public let count: Int
    /// Original index of each place, in cell order.
    private let order: [Int32]
    private let lats: [Double]
    private let lons: [Double]
    private let latCos: [Double]
    /// CSR over cells (`row * columns + column`) into the cell-ordered arrays.
    private let cellStart: [Int32]
    private let rows: Int
    private let columns: Int
    private let minLat: Double
    private let minLon: Double
    private let cellLat: Double
    private let cellLon: Double

    static let metersPerDegree = GeoPoint.earthRadiusMeters * Double.pi / 180
    /// Cap on cells per side, so a district with a stray far-away place still gets a small grid.
    static let maxCellsPerSide = 1_024

    /// Indexes `places` in cells of about `cellMeters` on a side.
    /// - Complexity: O(n log n) for n places.
    public init(places: [GeoPoint], cellMeters: Double = 500) {
        count = places.count
        let lo = places.reduce((lat: Double.infinity, lon: Double.infinity)) { (min($0.lat, $1.lat), min($0.lon, $1.lon)) }
        let hi = places.reduce((lat: -Double.infinity, lon: -Double.infinity)) { (max($0.lat, $1.lat), max($0.lon, $1.lon)) }
        minLat = places.isEmpty ? 0 : lo.lat
        minLon = places.isEmpty ? 0 : lo.lon
        let spanLat = places.isEmpty ? 0 : hi.lat - lo.lat, spanLon = places.isEmpty ? 0 : hi.lon - lo.lon
        let midCos = max(0.01, cos((minLat + spanLat / 2) * RadiusTest.toRadians))
        let side = max(1, cellMeters) / Self.metersPerDegree
        let cap = Double(Self.maxCellsPerSide - 1)
        cellLat = max(side, spanLat / cap, 1e-9)
        cellLon = max(side / midCos, spanLon / cap, 1e-9)
        rows = Int(spanLat / cellLat) + 1
        columns = Int(spanLon / cellLon) + 1

        let (r, c, mLat, mLon, cLat, cLon) = (rows, columns, minLat, minLon, cellLat, cellLon)
        let cellOf = places.map { p -> Int32 in
            let row = min(r - 1, Int((p.lat - mLat) / cLat)), column = min(c - 1, Int((p.lon - mLon) / cLon))
            return Int32(row * c + column)
        }
        var start = [Int32](repeating: 0, count: rows * columns + 1)
        for cell in cellOf { start[Int(cell) + 1] += 1 }
        for i in 0..<(rows * columns) { start[i + 1] += start[i] }
        var fill = start
        var order = [Int32](repeating: 0, count: places.count)
        for (i, cell) in cellOf.enumerated() {
            order[Int(fill[Int(cell)])] = Int32(i)
            fill[Int(cell)] += 1
        }
        self.order = order
        cellStart = start
        lats = order.map { places[Int($0)].lat }
        lons = order.map { places[Int($0)].lon }
        latCos = lats.map(GeoPoint.cosLatitude)
    }

    /// Calls `body` with the original index of every place within `radius` metres of `center`
    /// (haversine, ≤), in cell order.
    /// - Complexity: O(places in the bounding box + rows of the box).
    public func forEach(within radius: Double, of center: GeoPoint, _ body: (Int) -> Void) {
        guard count > 0, radius >= 0 else { return }
        let test = RadiusTest(center: center, radius: radius)
        let dLat = radius / Self.metersPerDegree * (1 + 1e-9) + 1e-12
        let rowLo = Int(((center.lat - dLat - minLat) / cellLat).rounded(.down))
        let rowHi = Int(((center.lat + dLat - minLat) / cellLat).rounded(.down))
        guard rowHi >= 0, rowLo < rows else { return }
        var colLo = 0, colHi = columns - 1
        if let dLon = Self.longitudeSpan(radius: radius, centerLat: center.lat, latSpan: dLat),
           center.lon - dLon >= -180, center.lon + dLon <= 180 {
            colLo = max(0, Int(((center.lon - dLon - minLon) / cellLon).rounded(.down)))
            colHi = min(columns - 1, Int(((center.lon + dLon - minLon) / cellLon).rounded(.down)))
            guard colLo <= colHi else { return }
        }
        for row in max(0, rowLo)...min(rows - 1, rowHi) {
            let from = Int(cellStart[row * columns + colLo]), to = Int(cellStart[row * columns + colHi + 1])
            for s in from..<to where test.contains(lat: lats[s], lon: lons[s], latCos: latCos[s]) {
                body(Int(order[s]))
            }
        }
    }

    /// The original indices of the places within `radius` metres of `center`, ascending.
    public func indices(within radius: Double, of center: GeoPoint) -> [Int] {
        var found: [Int] = []
        forEach(within: radius, of: center) { found.append($0) }
        return found.sorted()
    }

    /// Half-width in degrees of longitude of the box around a circle, or nil when it reaches a pole.
    static func longitudeSpan(radius: Double, centerLat: Double, latSpan: Double) -> Double? {
        let extreme = abs(centerLat) + latSpan
        guard extreme < 89.9 else { return nil }
        let ratio = sin(radius / (2 * GeoPoint.earthRadiusMeters)) / cos(extreme * RadiusTest.toRadians)
        guard ratio < 1 else { return nil }
        return 2 * asin(ratio) / RadiusTest.toRadians * (1 + 1e-9) + 1e-12
    }
}
