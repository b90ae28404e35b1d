import LinliModel

/// How much a dataset holds, per file, and how many visits a week has: what `generate` and `demo` print.
public struct DatasetCounts: Hashable, Sendable {
    public var communities, servicePoints, enterprises, menuItems, workers, shiftPatterns, households, demands: Int
    /// Rows of the optional files, listed only when there are any.
    public var absences = 0, serviceRecords = 0

    /// (what, how many), in Docs/Dataset.md file order.
    public var entries: [(label: String, count: Int)] {
        [
            ("communities (社区)", communities), ("service points (社区家政服务网点)", servicePoints),
            ("enterprises (家政企业)", enterprises), ("menu item versions (服务供给菜单)", menuItems),
            ("workers (家政服务员)", workers), ("shift patterns (轮班)", shiftPatterns),
            ("households (居民户)", households), ("demands (居民家政服务需求清单)", demands),
        ]
            + (absences > 0 ? [("absences (请假)", absences)] : [])
            + (serviceRecords > 0 ? [("service records (服务记录)", serviceRecords)] : [])
    }

    public init(_ dataset: Dataset) {
        communities = dataset.communities.count
        servicePoints = dataset.servicePoints.count
        enterprises = dataset.enterprises.count
        menuItems = dataset.menu.count
        workers = dataset.workers.count
        shiftPatterns = Set(dataset.shiftDays.map(\.patternID)).count
        households = dataset.households.count
        demands = dataset.demands.count
        absences = dataset.absences.count
        serviceRecords = dataset.serviceRecords.count
    }

    /// `  workers (家政服务员)  40` per file.
    public var lines: [String] {
        entries.map { "  \($0.count.description.leftPadded(to: 7))  \($0.label)" }
    }

    /// Visits of `dataset` in `week` (demands expanded by Docs/Rules.md).
    public static func visits(of dataset: Dataset, in week: ISOWeek) -> Int {
        let cancelled = dataset.cancelledVisits
        return dataset.demands.reduce(0) { $0 + $1.visitDates(in: week, except: cancelled).count }
    }
}
