import LinliModel

/// A month's settlement (月度结算) of the visits recorded `done`: how many, how long and how much money,
/// in total and by enterprise, by worker and by community, with the part paid for priority households.
public struct MonthlyStatement: Hashable, Sendable {
    /// What one enterprise, worker or community accounts for; also the shape of the totals.
    public struct Line: Hashable, Sendable {
        public var id: String
        /// The enterprise's, worker's or community's name; empty when the dataset does not hold the id.
        public var name: String
        public var visits = 0
        public var minutes = 0
        public var amount = Fen(0)
        /// The enterprise's or worker's rating over every evaluation on record (not only this month's);
        /// nil for a community.
        public var rating: Ratings.Score?

        mutating func add(minutes m: Int, amount a: Fen) {
            visits += 1
            minutes += m
            amount = Fen(amount.value + a.value)
        }
    }

    /// The month as `YYYY-MM`.
    public var month: String
    public var totals: Line
    /// The money paid for visits to households whose priority group is not `none`.
    public var priorityAmount: Fen
    /// Sorted by id; each breakdown sums to ``totals``.
    public var byEnterprise: [Line]
    public var byWorker: [Line]
    public var byCommunity: [Line]

    /// The statement of the `done` records of `dataset` dated from `window.from` to `window.until`, named
    /// after the month of `window.from`.
    ///
    /// A record's enterprise is its worker's; its community and priority group are its demand's household's.
    /// A visit's minutes are `ended − started` (none when a time is missing) and its amount is the price
    /// charged (none when missing). Ids the dataset does not hold still count, under an empty name.
    /// - Complexity: O(records + workers + households + demands), plus sorting the breakdowns.
    public init(window: ReviewWindow, dataset: Dataset) {
        func index<T>(_ items: [T], _ key: (T) -> String) -> [String: T] {
            Dictionary(items.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let workers = index(dataset.workers, \.id), households = index(dataset.households, \.id)
        let enterpriseNames = index(dataset.enterprises, \.id).mapValues(\.name)
        let communityNames = index(dataset.communities, \.id).mapValues(\.name)
        let householdOf = index(dataset.demands, \.id).mapValues(\.householdID)

        var totals = Line(id: "", name: "")
        var priority = 0
        var enterprises: [String: Line] = [:], byWorker: [String: Line] = [:], communities: [String: Line] = [:]
        for record in dataset.serviceRecords
        where record.status == .done && window.from <= record.date && record.date <= window.until {
            let minutes = record.started.flatMap { s in record.ended.map { max(0, $0.minutes - s.minutes) } } ?? 0
            let amount = record.price ?? Fen(0)
            let worker = workers[record.workerID]
            let household = householdOf[record.demandID].flatMap { households[$0] }
            let enterpriseID = worker?.enterpriseID ?? "", communityID = household?.communityID ?? ""
            totals.add(minutes: minutes, amount: amount)
            enterprises[enterpriseID, default: Line(id: enterpriseID, name: enterpriseNames[enterpriseID] ?? "")]
                .add(minutes: minutes, amount: amount)
            byWorker[record.workerID, default: Line(id: record.workerID, name: worker?.name ?? "")]
                .add(minutes: minutes, amount: amount)
            communities[communityID, default: Line(id: communityID, name: communityNames[communityID] ?? "")]
                .add(minutes: minutes, amount: amount)
            if let group = household?.priorityGroup, group != .none { priority += amount.value }
        }
        month = String(window.from.description.prefix(7))
        self.totals = totals
        priorityAmount = Fen(priority)
        let ratings = Ratings(dataset: dataset)
        byEnterprise = enterprises.values.sorted { $0.id < $1.id }.map { line in
            var line = line
            line.rating = ratings.enterprise(line.id)
            return line
        }
        self.byWorker = byWorker.values.sorted { $0.id < $1.id }.map { line in
            var line = line
            line.rating = ratings.worker(line.id)
            return line
        }
        byCommunity = communities.values.sorted { $0.id < $1.id }
    }

    /// The priority households' part of the money, from 0 to 1; 0 for a month without money.
    public var priorityShare: Double {
        totals.amount.value == 0 ? 0 : Double(priorityAmount.value) / Double(totals.amount.value)
    }
}
