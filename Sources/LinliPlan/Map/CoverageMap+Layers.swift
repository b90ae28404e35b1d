#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import LinliModel

extension CoverageMap {
    /// Cells of the density grid across the map's width: about twice the square root of the households, 24-70.
    var densityColumns: Int { max(24, min(70, Int((Double(households.count)).squareRoot() * 2))) }

    /// The fewest households a density cell must hold to be drawn: a cell of one or two would point at a home
    /// (a cell is a few hundred metres across), and the planner's map shows aggregates, never a person.
    static let fewestHouseholdsDrawn = 3

    /// Households counted in square cells, each shaded by log(1 + count) against the busiest cell; cells of
    /// fewer than ``fewestHouseholdsDrawn`` households are left blank.
    func densityLayer(_ projection: MapProjection) -> String {
        guard !households.isEmpty else { return "" }
        let cell = projection.width / Double(densityColumns)
        let rows = Int(projection.height / cell) + 1, columns = densityColumns + 1
        var counts = [Int](repeating: 0, count: rows * columns)
        for h in households {
            let c = min(columns - 1, max(0, Int((projection.x(h) - projection.originX) / cell)))
            let r = min(rows - 1, max(0, Int((projection.y(h) - projection.originY) / cell)))
            counts[r * columns + c] += 1
        }
        let top = log1p(Double(counts.max() ?? 1))
        var out = "<g id=\"households\" fill=\"#3b4a5a\">\n"
        for r in 0..<rows {
            for c in 0..<columns where counts[r * columns + c] >= Self.fewestHouseholdsDrawn {
                let opacity = 0.08 + 0.55 * log1p(Double(counts[r * columns + c])) / max(top, 1e-9)
                out += "<rect x=\"\(SVGText.number(projection.originX + Double(c) * cell))\" y=\"\(SVGText.number(projection.originY + Double(r) * cell))\" "
                    + "width=\"\(SVGText.number(cell + 0.2))\" height=\"\(SVGText.number(cell + 0.2))\" fill-opacity=\"\(Self.opacity(opacity))\"/>\n"
            }
        }
        return out + "</g>\n"
    }

    /// Each community as the convex hull of its households, filled in its reach class's colour, with a label.
    func areaLayer(_ projection: MapProjection) -> String {
        var out = "<g id=\"communities\">\n"
        let labelled = areas.count <= 40
        for area in areas {
            let colour = Self.colour(reach: area.reach, target: target)
            let corners = ConvexHull.of((area.households + [area.centroid]).map { (projection.x($0), projection.y($0)) })
            if corners.count >= 3 {
                let path = corners.map { "\(SVGText.number($0.x)),\(SVGText.number($0.y))" }.joined(separator: " ")
                out += "<polygon points=\"\(path)\" fill=\"\(colour)\" fill-opacity=\"0.28\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
            }
            let x = SVGText.number(projection.x(area.centroid)), y = SVGText.number(projection.y(area.centroid))
            out += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"2.5\" fill=\"\(colour)\" stroke=\"#333\" stroke-width=\"0.5\"/>\n"
            if labelled {
                let reach = area.reach.map(SVGText.percent) ?? "n/a"
                out += "<text x=\"\(x)\" y=\"\(SVGText.number(projection.y(area.centroid) - 6))\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(SVGText.escaped(area.name)) \(reach)</text>\n"
            }
        }
        return out + "</g>\n"
    }

    /// Points with their service radii; inactive ones first, added ones last and on top.
    func siteLayer(_ projection: MapProjection) -> String {
        var out = "<g id=\"points\">\n"
        for kind in [SiteKind.inactive, .existing, .added] {
            for site in sites where site.kind == kind {
                let style = Self.style(kind)
                let x = SVGText.number(projection.x(site.location)), y = SVGText.number(projection.y(site.location))
                out += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(SVGText.number(projection.pixels(meters: site.radiusMeters)))\" "
                    + "fill=\"\(style.colour)\" fill-opacity=\"\(style.fillOpacity)\" stroke=\"\(style.colour)\" stroke-width=\"\(style.strokeWidth)\""
                    + (style.dashed ? " stroke-dasharray=\"6 4\"" : "") + "><title>\(SVGText.escaped(site.name))</title></circle>\n"
                out += Self.marker(kind, x: x, y: y, colour: style.colour)
            }
        }
        return out + "</g>\n"
    }

    static func marker(_ kind: SiteKind, x: String, y: String, colour: String) -> String {
        switch kind {
        case .added:
            "<path transform=\"translate(\(x),\(y))\" d=\"M0,-8 L7,0 L0,8 L-7,0 Z\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1.5\"/>\n"
        case .existing, .inactive:
            "<rect x=\"-4.5\" y=\"-4.5\" width=\"9\" height=\"9\" transform=\"translate(\(x),\(y))\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\"/>\n"
        }
    }

    static func style(_ kind: SiteKind) -> (colour: String, fillOpacity: String, strokeWidth: String, dashed: Bool) {
        switch kind {
        case .existing: ("#2166ac", "0.06", "1.5", false)
        case .inactive: ("#8c8c8c", "0.03", "1.2", true)
        case .added: ("#c51b7d", "0.10", "2.5", false)
        }
    }

    /// The reach classes: at or above target, within 10 points below it, further below, unknown.
    static func colour(reach: Double?, target: Double) -> String {
        guard let reach else { return "#bdbdbd" }
        if reach >= target { return "#1a9850" }
        if reach >= target - 0.1 { return "#fdae61" }
        return "#d73027"
    }

    static func opacity(_ x: Double) -> String { "0." + String(Int((min(0.99, max(0.01, x)) * 100).rounded())).leftPadded(2) }

}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
