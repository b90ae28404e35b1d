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

    /// Earth radius of rules.md, in metres.
    public static let earthRadiusMeters = 6_371_008.8

    /// Haversine great-circle distance in metres, as rules.md defines it.
    public func distance(to other: GeoPoint) -> Double {
        let toRad = Double.pi / 180
        let p1 = lat * toRad, p2 = other.lat * toRad
        let dp = (other.lat - lat) * toRad, dl = (other.lon - lon) * toRad
        let s1 = sin(dp / 2), s2 = sin(dl / 2)
        let a = s1 * s1 + cos(p1) * cos(p2) * s2 * s2
        return 2 * GeoPoint.earthRadiusMeters * asin(min(1, a.squareRoot()))
    }

    /// Travel minutes at 15 km/h: `ceil(distance / 250)`.
    public func travelMinutes(to other: GeoPoint) -> Int {
        Travel.minutes(meters: distance(to: other))
    }

    public var isValid: Bool { lat.isFinite && lon.isFinite && (-90...90).contains(lat) && (-180...180).contains(lon) }
}

/// The travel model of rules.md.
public enum Travel {
    /// Metres covered per minute (15 km/h).
    public static let metersPerMinute = 250.0

    /// `ceil(meters / 250)` minutes.
    public static func minutes(meters: Double) -> Int { Int((meters / metersPerMinute).rounded(.up)) }
}
