import LinliModel

/// A planner's map of a district as SVG: households as a density shade, communities coloured by reach,
/// service points with their radii, new or chosen points highlighted, a legend and a title.
public struct CoverageMap: Sendable {
    /// A community to outline (the convex hull of its households) and colour by reach.
    public struct Area: Sendable {
        public var name: String
        public var centroid: GeoPoint
        public var households: [GeoPoint]
        public var reach: Double?

        public init(name: String, centroid: GeoPoint, households: [GeoPoint], reach: Double?) {
            self.name = name
            self.centroid = centroid
            self.households = households
            self.reach = reach
        }
    }

    /// How a point is drawn.
    public enum SiteKind: Sendable {
        /// An existing point that counts for reach.
        case existing
        /// An existing point where only dishonest enterprises (or none) operate.
        case inactive
        /// A new or chosen point.
        case added
    }

    public struct Site: Sendable {
        public var name: String
        public var location: GeoPoint
        public var radiusMeters: Double
        public var kind: SiteKind

        public init(name: String, location: GeoPoint, radiusMeters: Double, kind: SiteKind) {
            self.name = name
            self.location = location
            self.radiusMeters = radiusMeters
            self.kind = kind
        }
    }

    public var title: String
    /// A second line under the title, e.g. the district figures.
    public var subtitle: String
    /// Reach at or above it is drawn green.
    public var target: Double
    public var households: [GeoPoint]
    public var areas: [Area]
    public var sites: [Site]
    /// Width of the whole picture in pixels.
    public var width = 1_000.0

    public init(title: String, subtitle: String, target: Double, households: [GeoPoint], areas: [Area], sites: [Site]) {
        self.title = title
        self.subtitle = subtitle
        self.target = target
        self.households = households
        self.areas = areas
        self.sites = sites
    }

    static let legendWidth = 250.0
    static let header = 70.0
    static let margin = 16.0

    /// The SVG document.
    /// - Complexity: O(h log h) for h households (hulls), plus the density grid.
    public func svg() -> String {
        let mapWidth = width - Self.legendWidth - 2 * Self.margin
        let places = households.map { ($0, 0.0) } + sites.map { ($0.location, $0.radiusMeters) } + areas.map { ($0.centroid, 0.0) }
        let projection = MapProjection(
            fitting: places, width: mapWidth, originX: Self.margin, originY: Self.header, maxHeight: mapWidth * 1.2)
        let height = max(Self.header + projection.height + Self.margin, Self.header + Self.legendHeight + Self.margin)
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(SVGText.number(width))" height="\(SVGText.number(height))" \
            viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" font-family="Helvetica, Arial, 'PingFang SC', 'Noto Sans CJK SC', sans-serif">

            """
        out += "<title>\(SVGText.escaped(title))</title>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"\(Self.margin)\" y=\"30\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">\(SVGText.escaped(title))</text>\n"
        out += "<text x=\"\(Self.margin)\" y=\"52\" font-size=\"13\" fill=\"#444\">\(SVGText.escaped(subtitle))</text>\n"
        out += "<rect x=\"\(SVGText.number(projection.originX))\" y=\"\(SVGText.number(projection.originY))\" "
            + "width=\"\(SVGText.number(projection.width))\" height=\"\(SVGText.number(projection.height))\" fill=\"#f7f7f4\" stroke=\"#ddd\"/>\n"
        out += densityLayer(projection)
        out += areaLayer(projection)
        out += siteLayer(projection)
        out += legend(x: width - Self.legendWidth, y: Self.header)
        out += "</svg>\n"
        return out
    }
}
