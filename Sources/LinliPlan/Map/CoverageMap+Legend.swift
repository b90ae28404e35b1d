extension CoverageMap {
    static let legendHeight = 300.0

    /// The key: reach classes, the household shade, and the three kinds of points.
    func legend(x: Double, y: Double) -> String {
        let pct = SVGText.percent(target)
        let below = SVGText.percent(max(0, target - 0.1))
        var out = "<g id=\"legend\" font-size=\"12\" fill=\"#222\">\n"
        out += "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(Self.legendWidth - Self.margin))\" "
            + "height=\"\(SVGText.number(Self.legendHeight))\" fill=\"#fff\" stroke=\"#ccc\"/>\n"
        var line = y + 22
        func row(_ swatch: String, _ label: String) {
            out += swatch.replacingPlaceholders(x: x + 14, y: line) + "<text x=\"\(SVGText.number(x + 44))\" y=\"\(SVGText.number(line + 4))\">\(SVGText.escaped(label))</text>\n"
            line += 24
        }
        out += "<text x=\"\(SVGText.number(x + 12))\" y=\"\(SVGText.number(line - 4))\" font-weight=\"bold\">Community reach</text>\n"
        line += 14
        for (colour, label) in [
            (Self.colour(reach: target, target: target), "≥ \(pct) (target)"),
            (Self.colour(reach: target - 0.05, target: target), "\(below) – \(pct)"),
            (Self.colour(reach: 0, target: target), "< \(below)"),
            (Self.colour(reach: nil, target: target), "no households listed"),
        ] {
            row("<rect x=\"{x}\" y=\"{y-7}\" width=\"22\" height=\"14\" fill=\"\(colour)\" fill-opacity=\"0.5\" stroke=\"\(colour)\"/>", label)
        }
        row("<rect x=\"{x}\" y=\"{y-7}\" width=\"22\" height=\"14\" fill=\"#3b4a5a\" fill-opacity=\"0.45\"/>", "households (denser = darker; cells of under \(Self.fewestHouseholdsDrawn) not drawn)")
        for (kind, label) in [(SiteKind.existing, "service point and radius"), (.inactive, "point with no honest enterprise"), (.added, "new or chosen point")] {
            let style = Self.style(kind)
            row("<circle cx=\"{x+11}\" cy=\"{y}\" r=\"10\" fill=\"\(style.colour)\" fill-opacity=\"\(style.fillOpacity)\" stroke=\"\(style.colour)\" "
                + "stroke-width=\"\(style.strokeWidth)\"" + (style.dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>"
                + Self.marker(kind, x: "{x+11}", y: "{y}", colour: style.colour), label)
        }
        out += "<text x=\"\(SVGText.number(x + 12))\" y=\"\(SVGText.number(line + 8))\" font-size=\"10\" fill=\"#666\">Reach: households within a point's radius</text>\n"
        out += "<text x=\"\(SVGText.number(x + 12))\" y=\"\(SVGText.number(line + 22))\" font-size=\"10\" fill=\"#666\">where an honest enterprise operates.</text>\n"
        out += "<text x=\"\(SVGText.number(x + 12))\" y=\"\(SVGText.number(line + 36))\" font-size=\"10\" fill=\"#666\">Equirectangular projection.</text>\n"
        return out + "</g>\n"
    }
}

private extension String {
    /// Replaces `{x}`, `{x+11}`, `{y}` and `{y-7}` with numbers.
    func replacingPlaceholders(x: Double, y: Double) -> String {
        var s = self
        for (key, value) in [("{x+11}", x + 11), ("{x}", x), ("{y-7}", y - 7), ("{y}", y)] {
            s = s.split(separator: key, omittingEmptySubsequences: false).joined(separator: SVGText.number(value))
        }
        return s
    }
}
