#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

/// "Within `radius` metres of a centre" decided exactly as `GeoPoint.distance(to:) <= radius`, but
/// without the inverse sine for places clearly inside or outside.
///
/// The haversine term `a` grows with the distance; only when `a` lies within a relative 1e-9 of the
/// radius's own term is the full distance computed, with the same operations as `GeoPoint.distance`,
/// so a place exactly on the radius is decided the way Docs/Rules.md decides it.
struct RadiusTest: Sendable {
    let center: GeoPoint
    let radius: Double
    private let centerCos: Double
    private let inside: Double
    private let outside: Double

    static let toRadians = Double.pi / 180

    init(center: GeoPoint, radius: Double) {
        self.center = center
        self.radius = radius
        centerCos = GeoPoint.cosLatitude(center.lat)
        let h = sin(min(Double.pi / 2, max(0, radius) / (2 * GeoPoint.earthRadiusMeters)))
        inside = h * h * (1 - 1e-9)
        outside = h * h * (1 + 1e-9)
    }

    /// Whether the place at `lat`/`lon` (degrees), whose `cos(lat)` is `latCos`, is within the radius.
    @inline(__always)
    func contains(lat: Double, lon: Double, latCos: Double) -> Bool {
        let a = GeoPoint.haversine(center.lat, center.lon, cosLat: centerCos, lat, lon, otherCosLat: latCos)
        if a < inside { return true }
        if a > outside { return false }
        return center.distance(to: GeoPoint(lat: lat, lon: lon)) <= radius
    }
}
