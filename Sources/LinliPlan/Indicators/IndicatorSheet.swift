import LinliModel

/// Every indicator of a district on one date, each against its target.
public struct IndicatorSheet: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var indicator: Indicator
        /// nil when undefined (a share of no workers, reach with no households).
        public var value: Double?
        public var target: IndicatorTarget?

        /// Whether the value meets the target; nil without either.
        public var isMet: Bool? {
            guard let value, let target else { return nil }
            return target.isMet(by: value)
        }

        /// The value as printed: a percentage with one decimal, or a count.
        public var valueText: String {
            guard let value else { return "n/a" }
            return indicator.isShare ? IndicatorSheet.percent(value) : IndicatorSheet.count(value)
        }
    }

    public var date: Day
    public var rows: [Row]

    /// - Complexity: O(w + e + p) plus the reach computation (see ``Reach``).
    public init(dataset: Dataset, on date: Day, targets: IndicatorTargets, reach: Reach? = nil) {
        self.date = date
        let workers = dataset.workers
        func share(_ keep: (Worker) -> Bool) -> Double? {
            workers.isEmpty ? nil : Double(workers.filter(keep).count) / Double(workers.count)
        }
        let certified = { (w: Worker) in w.certificateUntil.map { $0 >= date } ?? false }
        let checked = { (w: Worker) in w.hasCurrentHealthCheck(on: date) }
        let trained = { (w: Worker) in w.hasCurrentTraining(on: date) }
        let coverage = CoverageReport(dataset: dataset, week: ISOWeek(containing: date), roster: nil, reach: reach)
        let values: [Indicator: Double?] = [
            .enterprises: Double(dataset.enterprises.count),
            .employeeEnterprises: Double(dataset.enterprises.filter { $0.model == .employee }.count),
            .employeeWorkerShare: share { $0.employment == .employee },
            .servicePoints: Double(dataset.servicePoints.count),
            .reachCoverage: coverage.districtReach,
            .certifiedWorkerShare: share(certified),
            .healthCheckedWorkerShare: share(checked),
            .trainedWorkerShare: share(trained),
            .readyWorkerShare: share { certified($0) && checked($0) && trained($0) },
            .dishonestEnterprises: Double(dataset.enterprises.filter { $0.credit == .dishonest }.count),
        ]
        rows = Indicator.allCases.map { Row(indicator: $0, value: values[$0] ?? nil, target: targets.targets[$0]) }
    }

    /// Rows whose target is not met.
    public var missed: [Row] { rows.filter { $0.isMet == false } }

    static func percent(_ ratio: Double) -> String {
        let tenths = Int((ratio * 1_000 + 1e-9).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func count(_ x: Double) -> String { x == x.rounded() ? "\(Int(x))" : "\(x)" }
}
