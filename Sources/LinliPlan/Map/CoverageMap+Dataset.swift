import LinliModel

extension CoverageMap {
    /// The map of `dataset` with each community coloured by its reach in `report`, and `added` points
    /// (new or chosen) highlighted. Pass the dataset the report was made from, with `added` already in
    /// it or not: a point of `added` is drawn once, as added.
    public init(dataset: Dataset, report: CoverageReport, added: [ServicePoint] = [], title: String, subtitle: String, target: Double) {
        let reach = Dictionary(report.communities.map { ($0.communityID, $0.reach) }, uniquingKeysWith: { a, _ in a })
        let byCommunity = Dictionary(grouping: dataset.households, by: \.communityID)
        let active = Set(Reach.activePoints(dataset).map(\.id))
        let addedIDs = Set(added.map(\.id))
        let areas = dataset.communities.map { c in
            Area(name: c.name, centroid: c.location, households: byCommunity[c.id]?.map(\.location) ?? [], reach: reach[c.id] ?? nil)
        }
        let sites = dataset.servicePoints.filter { !addedIDs.contains($0.id) }.map {
            Site(name: "\($0.id) \($0.name)", location: $0.location, radiusMeters: $0.radiusMeters, kind: active.contains($0.id) ? .existing : .inactive)
        } + added.map { Site(name: "\($0.id) \($0.name)", location: $0.location, radiusMeters: $0.radiusMeters, kind: .added) }
        self.init(
            title: title, subtitle: subtitle, target: target, households: dataset.households.map(\.location), areas: areas, sites: sites)
    }
}
