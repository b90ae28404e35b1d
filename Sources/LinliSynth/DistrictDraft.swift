import LinliModel

/// A district under construction: each stage fills its part and leaves indexes for the next.
struct DistrictDraft {
    let options: GeneratorOptions
    let profile: TierProfile
    let grid = LocalGrid.hangzhou
    /// Monday of the default week; every date is set relative to it.
    let monday: Day

    var communities: [Community] = []
    /// Relative share of households per community.
    var communityWeights: [Double] = []
    /// Standard deviation of households around each centroid, in metres.
    var communitySpreads: [Double] = []
    var points: [ServicePoint] = []
    var enterprises: [Enterprise] = []
    /// Enterprise id → position in `enterprises`.
    var enterpriseIndex: [String: Int] = [:]
    /// Relative headcount per enterprise.
    var enterpriseSizes: [Double] = []
    /// Per enterprise, the categories it offers.
    var offered: [[Category]] = []
    var menu: [MenuItem] = []
    var workers: [Worker] = []
    /// Per point, indices of the workers based there.
    var workersByPoint: [[Int]] = []
    var households: [Household] = []
    var demands: [Demand] = []
    var absences: [Absence] = []
    var serviceRecords: [ServiceRecord] = []

    init(options: GeneratorOptions) {
        self.options = options
        profile = options.tier.profile
        monday = options.week.monday
    }

    var dataset: Dataset {
        Dataset(
            communities: communities, servicePoints: points, enterprises: enterprises, menu: menu,
            workers: workers, shiftDays: ShiftCatalog.days, households: households, demands: demands,
            serviceRecords: serviceRecords, absences: absences
        )
    }

    /// `prefix` followed by `n` (1-based) in `width` digits: `W00042`.
    static func id(_ prefix: String, _ n: Int, width: Int) -> String {
        let s = String(n)
        return prefix + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
