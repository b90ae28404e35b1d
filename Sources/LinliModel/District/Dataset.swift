/// A whole district as Docs/Dataset.md describes it: one array per CSV file.
public struct Dataset: Hashable, Sendable {
    public var communities: [Community]
    public var servicePoints: [ServicePoint]
    public var enterprises: [Enterprise]
    public var menu: [MenuItem]
    public var workers: [Worker]
    public var shiftDays: [ShiftDay]
    public var households: [Household]
    public var demands: [Demand]
    /// What happened at visits, with evaluations; optional in a dataset folder.
    public var serviceRecords: [ServiceRecord]
    /// Planned leave and sick days (optional absences.csv).
    public var absences: [Absence]

    public init(
        communities: [Community] = [], servicePoints: [ServicePoint] = [], enterprises: [Enterprise] = [],
        menu: [MenuItem] = [], workers: [Worker] = [], shiftDays: [ShiftDay] = [],
        households: [Household] = [], demands: [Demand] = [], serviceRecords: [ServiceRecord] = [],
        absences: [Absence] = []
    ) {
        self.communities = communities
        self.servicePoints = servicePoints
        self.enterprises = enterprises
        self.menu = menu
        self.workers = workers
        self.shiftDays = shiftDays
        self.households = households
        self.demands = demands
        self.serviceRecords = serviceRecords
        self.absences = absences
    }

    /// Shift days grouped into patterns, ordered by id.
    public var shiftPatterns: [ShiftPattern] {
        Dictionary(grouping: shiftDays, by: \.patternID)
            .map { ShiftPattern(id: $0.key, days: $0.value) }
            .sorted { $0.id < $1.id }
    }
}
