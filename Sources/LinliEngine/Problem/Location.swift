import LinliModel

/// A position with its latitude cosine cached, so route evaluation repeats no trigonometry it can avoid.
///
/// `distance(to:)` is ``GeoPoint/distance(to:)`` with the cosines looked up rather than recomputed, so the
/// solver's travel minutes agree bit for bit with the model's and the checker's.
struct Location: Sendable {
    let lat: Double
    let lon: Double
    let cosLat: Double

    init(_ p: GeoPoint) {
        lat = p.lat
        lon = p.lon
        cosLat = GeoPoint.cosLatitude(p.lat)
    }

    /// Haversine metres, as Docs/Rules.md defines them.
    @inline(__always)
    func distance(to o: Location) -> Double {
        GeoPoint.meters(haversine: GeoPoint.haversine(lat, lon, cosLat: cosLat, o.lat, o.lon, otherCosLat: o.cosLat))
    }
}

/// Travel minutes for a leg of `meters`: `ceil(meters / 250)`.
@inline(__always)
func travelMinutes(_ meters: Double) -> Int32 { Int32((meters / Travel.metersPerMinute).rounded(.up)) }
