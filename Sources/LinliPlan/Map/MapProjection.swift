#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

/// Equirectangular projection of a district onto a drawing box: x grows with longitude scaled by the
/// cosine of the middle latitude, y grows southwards; one scale for both axes.
struct MapProjection: Sendable {
    let minLon: Double
    let maxLat: Double
    let lonScale: Double
    /// Pixels per degree of latitude.
    let scale: Double
    let width: Double
    let height: Double
    let originX: Double
    let originY: Double

    /// Fits `places` (each padded by its own radius in metres) into a box `width` pixels wide at
    /// (`originX`, `originY`); the height follows from the aspect.
    init(fitting places: [(GeoPoint, Double)], width: Double, originX: Double, originY: Double, maxHeight: Double) {
        let perDegree = GeoPoint.earthRadiusMeters * Double.pi / 180
        let lats = places.flatMap { [$0.0.lat - $0.1 / perDegree, $0.0.lat + $0.1 / perDegree] }
        let midLat = lats.isEmpty ? 0 : (lats.min()! + lats.max()!) / 2
        let lonScale = max(0.05, cos(midLat * Double.pi / 180))
        self.lonScale = lonScale
        let lons = places.flatMap { [$0.0.lon - $0.1 / (perDegree * lonScale), $0.0.lon + $0.1 / (perDegree * lonScale)] }
        let south = lats.min() ?? -0.01, north = lats.max() ?? 0.01
        let west = lons.min() ?? -0.01, east = lons.max() ?? 0.01
        let spanX = max(1e-6, (east - west) * lonScale), spanY = max(1e-6, north - south)
        scale = min(width / spanX, maxHeight / spanY)
        self.width = spanX * scale
        height = spanY * scale
        minLon = west
        maxLat = north
        self.originX = originX + (width - self.width) / 2
        self.originY = originY
    }

    func x(_ p: GeoPoint) -> Double { originX + (p.lon - minLon) * lonScale * scale }
    func y(_ p: GeoPoint) -> Double { originY + (maxLat - p.lat) * scale }

    /// `meters` on the ground, in pixels.
    func pixels(meters: Double) -> Double { meters / (GeoPoint.earthRadiusMeters * Double.pi / 180) * scale }
}
