#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

/// A position with its latitude cosine cached, so route evaluation repeats no trigonometry it can avoid.
///
/// `distance(to:)` evaluates exactly the expression of ``GeoPoint/distance(to:)`` (same operations in the
/// same order), so the solver's travel minutes agree bit for bit with the model's and the checker's.
struct Location: Sendable {
    let lat: Double
    let lon: Double
    let cosLat: Double

    init(_ p: GeoPoint) {
        lat = p.lat
        lon = p.lon
        cosLat = cos(p.lat * (Double.pi / 180))
    }

    /// Haversine metres, as rules.md defines them.
    @inline(__always)
    func distance(to o: Location) -> Double {
        let toRad = Double.pi / 180
        let dp = (o.lat - lat) * toRad, dl = (o.lon - lon) * toRad
        let s1 = sin(dp / 2), s2 = sin(dl / 2)
        let a = s1 * s1 + cosLat * o.cosLat * s2 * s2
        return 2 * GeoPoint.earthRadiusMeters * asin(min(1, a.squareRoot()))
    }
}

/// Travel minutes for a leg of `meters`: `ceil(meters / 250)`.
@inline(__always)
func travelMinutes(_ meters: Double) -> Int32 { Int32((meters / Travel.metersPerMinute).rounded(.up)) }
