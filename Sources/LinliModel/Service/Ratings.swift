/// Worker and enterprise ratings derived from the households' evaluations (stars of service records).
///
/// A Bayesian average: `rating = (C × m + Σ stars) / (C + n)` for `n` evaluations, with prior weight
/// `C` = ``priorWeight`` evaluations and prior mean `m` = the mean of every evaluation in the district,
/// capped at ``priorCap`` (and ``priorCap`` when there is none). A few evaluations move a rating little
/// from `m`; many move it close to their own mean. The cap keeps the prior sceptical: three 5-star
/// reviews beat fifty 4.8s only when `m` > 4.72, so a district of glowing reviews must not lift it there.
public struct Ratings: Hashable, Sendable {
    /// A rating and the number of evaluations behind it.
    public struct Score: Hashable, Sendable {
        public var value: Double
        public var evaluations: Int

        public init(value: Double, evaluations: Int) {
            self.value = value
            self.evaluations = evaluations
        }
    }

    /// The prior's weight `C`, in evaluations.
    public static let priorWeight = 10
    /// The highest prior mean: a worker with no evaluations counts as a good 4.5, no better.
    public static let priorCap = 4.5

    /// The prior mean `m`.
    public let priorMean: Double
    private let workers: [String: Tally]
    private let enterprises: [String: Tally]

    /// Tallies the stars of `dataset`'s service records per worker and per the worker's enterprise.
    /// - Complexity: O(workers + service records).
    public init(dataset: Dataset) {
        let employer = Dictionary(dataset.workers.map { ($0.id, $0.enterpriseID) }, uniquingKeysWith: { a, _ in a })
        var all = Tally(), workers: [String: Tally] = [:], enterprises: [String: Tally] = [:]
        for record in dataset.serviceRecords {
            guard let stars = record.stars else { continue }
            all.add(stars)
            workers[record.workerID, default: Tally()].add(stars)
            if let e = employer[record.workerID] { enterprises[e, default: Tally()].add(stars) }
        }
        priorMean = all.count > 0 ? min(Double(all.sum) / Double(all.count), Self.priorCap) : Self.priorCap
        self.workers = workers
        self.enterprises = enterprises
    }

    /// The worker's rating; the prior mean with 0 evaluations when there is none.
    public func worker(_ id: String) -> Score { score(workers[id] ?? Tally()) }

    /// The enterprise's rating over the evaluations of its workers.
    public func enterprise(_ id: String) -> Score { score(enterprises[id] ?? Tally()) }

    /// The Bayesian average of `sum` stars over `count` evaluations under prior mean `mean`.
    public static func bayesian(sum: Double, count: Int, mean: Double) -> Double {
        (Double(priorWeight) * mean + sum) / Double(priorWeight + count)
    }

    private func score(_ t: Tally) -> Score {
        Score(value: Self.bayesian(sum: Double(t.sum), count: t.count, mean: priorMean), evaluations: t.count)
    }

    private struct Tally: Hashable, Sendable {
        var sum = 0, count = 0

        mutating func add(_ stars: Int) {
            sum += stars
            count += 1
        }
    }
}
