#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

/// A flat local frame around a centre: metres east and north ↔ WGS84 degrees.
///
/// Good to well under a metre over the few tens of kilometres of a district.
/// Coordinates are rounded to 6 decimals (about 0.1 m), so they survive a CSV round trip.
public struct LocalGrid: Sendable {
    public var center: GeoPoint
    private let metersPerDegreeLat: Double
    private let metersPerDegreeLon: Double

    public init(center: GeoPoint) {
        self.center = center
        metersPerDegreeLat = GeoPoint.earthRadiusMeters * Double.pi / 180
        metersPerDegreeLon = metersPerDegreeLat * cos(center.lat * Double.pi / 180)
    }

    /// Hangzhou, West Lake district (西湖区), where the synthetic districts lie.
    public static let hangzhou = LocalGrid(center: GeoPoint(lat: 30.27, lon: 120.16))

    /// The place `east` metres east and `north` metres north of the centre.
    public func point(east: Double, north: Double) -> GeoPoint {
        GeoPoint(lat: Self.round6(center.lat + north / metersPerDegreeLat), lon: Self.round6(center.lon + east / metersPerDegreeLon))
    }

    /// Metres east and north of the centre.
    public func offset(of p: GeoPoint) -> (east: Double, north: Double) {
        ((p.lon - center.lon) * metersPerDegreeLon, (p.lat - center.lat) * metersPerDegreeLat)
    }

    /// The place `east`/`north` metres from `p`.
    public func moving(_ p: GeoPoint, east: Double, north: Double) -> GeoPoint {
        let o = offset(of: p)
        return point(east: o.east + east, north: o.north + north)
    }

    private static func round6(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}
