#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// A WGS84 position in decimal degrees.
public struct GeoPoint: Hashable, Sendable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Earth radius of Docs/Rules.md, in metres.
    public static let earthRadiusMeters = 6_371_008.8

    /// Haversine great-circle distance in metres, as Docs/Rules.md defines it.
    public func distance(to other: GeoPoint) -> Double {
        Self.meters(haversine: Self.haversine(
            lat, lon, cosLat: Self.cosLatitude(lat), other.lat, other.lon, otherCosLat: Self.cosLatitude(other.lat)
        ))
    }

    // The haversine formula lives here alone: the engine's cached-cosine `Location` and the planner's radius
    // test call these pieces, so every distance in the package is computed by the same operations in the
    // same order and agrees to the bit.

    /// The cosine of a latitude in degrees.
    @inlinable @inline(__always)
    public static func cosLatitude(_ lat: Double) -> Double { cos(lat * (Double.pi / 180)) }

    /// The haversine term `sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)` from (`lat`, `lon`) to (`otherLat`,
    /// `otherLon`), in degrees, given both latitudes' cosines (``cosLatitude(_:)``).
    @inlinable @inline(__always)
    public static func haversine(
        _ lat: Double, _ lon: Double, cosLat: Double, _ otherLat: Double, _ otherLon: Double, otherCosLat: Double
    ) -> Double {
        let toRad = Double.pi / 180
        let dp = (otherLat - lat) * toRad, dl = (otherLon - lon) * toRad
        let s1 = sin(dp / 2), s2 = sin(dl / 2)
        return s1 * s1 + cosLat * otherCosLat * s2 * s2
    }

    /// The great-circle metres of a haversine term.
    @inlinable @inline(__always)
    public static func meters(haversine a: Double) -> Double {
        2 * earthRadiusMeters * asin(min(1, a.squareRoot()))
    }

    /// Travel minutes at 15 km/h: `ceil(distance / 250)`.
    public func travelMinutes(to other: GeoPoint) -> Int {
        Travel.minutes(meters: distance(to: other))
    }

    public var isValid: Bool { lat.isFinite && lon.isFinite && (-90...90).contains(lat) && (-180...180).contains(lon) }
}

/// The travel model of Docs/Rules.md.
public enum Travel {
    /// Metres covered per minute (15 km/h).
    public static let metersPerMinute = 250.0

    /// `ceil(meters / 250)` minutes.
    public static func minutes(meters: Double) -> Int { Int((meters / metersPerMinute).rounded(.up)) }
}
