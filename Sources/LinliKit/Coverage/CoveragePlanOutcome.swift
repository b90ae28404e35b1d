import LinliModel
import LinliPlan

/// The answer of `linli coverage plan`.
public struct CoveragePlanOutcome: Hashable, Sendable {
    public var request: CoveragePlanRequest
    public var plan: CoveragePlan
    public var candidateCount: Int
    public var householdCount: Int
    /// Wall-clock seconds from loading the dataset to the answer.
    public var seconds: Double
    /// The map's SVG text when the request asked for it embedded.
    public var mapSVG: String?

    /// Docs/Commands.md's JSON object: `chosen`, `covered_weight`, `total_weight`, `upper_bound`, `seconds`, and more.
    public func json() throws -> String {
        try CoverageJSON.encode(PlanDocument(self))
    }

    public var lines: [String] {
        let p = plan
        var lines = Format.table([
            ["plan", "\(request.week), choose \(request.k) of \(candidateCount) candidate site(s), weight \(request.weight.rawValue)"],
            ["chosen", p.chosenIDs.isEmpty ? "(none)" : p.chosenIDs.joined(separator: ", ")],
            ["covered", "\(p.coveredWeight) of \(p.totalWeight) (\(Self.share(p.coveredWeight, p.totalWeight)))"],
            ["existing", "\(p.existingCoveredWeight) (\(Self.share(p.existingCoveredWeight, p.totalWeight))) covered by the existing points"],
            ["upper bound", "\(p.upperBound)" + (p.isOptimal ? " (optimal)" : ", gap at most \(p.upperBound - p.coveredWeight)")],
            ["method", "\(p.method.rawValue); greedy alone covered \(p.greedyCoveredWeight)"],
            ["problem", "\(householdCount) households in \(p.signatures) coverage signatures, \(p.incidences) signature-site pairs"],
            ["time", "\(Format.fixed(seconds)) s"],
        ])
        if !p.gains.isEmpty {
            lines.append("gain of each chosen site, in the order it adds most:")
            lines += Format.table(p.gains.map { g in
                ["  \(g.id)", "+\(g.gain)", g.addsNothing ? "adds nothing" : Self.share(g.gain, p.totalWeight)]
            })
        }
        let idle = p.gains.filter(\.addsNothing).map(\.id)
        if !idle.isEmpty {
            lines.append("\(idle.joined(separator: ", ")) add\(idle.count == 1 ? "s" : "") nothing: no household within reach "
                + "is left uncovered by the existing points and the sites above (chosen only to make up --k \(request.k))")
        }
        if let mapPath = request.mapPath { lines.append("map written to \(mapPath)") }
        return lines
    }

    static func share(_ part: Int, _ whole: Int) -> String { whole == 0 ? "n/a" : Format.percent(Double(part) / Double(whole)) }
}

/// The JSON shape of ``CoveragePlanOutcome``.
private struct PlanDocument: Encodable {
    struct Gain: Encodable {
        var id: String
        var gain: Int
        var adds_nothing: Bool
    }

    var chosen: [String]
    /// The chosen sites in greedy order with the weight each adds.
    var gains: [Gain]
    var covered_weight: Int
    var total_weight: Int
    var upper_bound: Int
    var seconds: Double
    var existing_covered_weight: Int
    var greedy_covered_weight: Int
    var method: String
    var optimal: Bool
    var k: Int
    var week: String
    var weight: String
    var candidates: Int
    var households: Int
    var signatures: Int

    init(_ o: CoveragePlanOutcome) {
        chosen = o.plan.chosenIDs
        gains = o.plan.gains.map { Gain(id: $0.id, gain: $0.gain, adds_nothing: $0.addsNothing) }
        covered_weight = o.plan.coveredWeight
        total_weight = o.plan.totalWeight
        upper_bound = o.plan.upperBound
        seconds = (o.seconds * 1_000).rounded() / 1_000
        existing_covered_weight = o.plan.existingCoveredWeight
        greedy_covered_weight = o.plan.greedyCoveredWeight
        method = o.plan.method.rawValue
        optimal = o.plan.isOptimal
        k = o.request.k
        week = o.request.week.description
        weight = o.request.weight.rawValue
        candidates = o.candidateCount
        households = o.householdCount
        signatures = o.plan.signatures
    }
}
