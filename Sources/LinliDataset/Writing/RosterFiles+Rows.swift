import LinliModel

extension RosterFiles {
    /// roster.csv: the contract's eight columns, then the readable ones.
    public static let rosterColumns = [
        "demand_id", "date", "start", "end", "worker_id", "enterprise_id", "item_code", "price",
        "worker_name", "enterprise_name", "household_id", "community_id", "community", "address", "item_name",
        "category", "minutes", "priority_group",
    ]

    /// unmet.csv: the contract's three columns, then the readable ones.
    public static let unmetColumns = [
        "demand_id", "date", "reason",
        "household_id", "community_id", "community", "address", "category", "minutes", "priority_group",
    ]

    /// The columns of both files that hold numbers.
    public static let numericColumns: Set<String> = ["price", "minutes"]

    /// The rows of roster.csv for `roster`, in its order, readable columns taken from `dataset`.
    public static func rosterRows(_ roster: Roster, dataset: Dataset) -> [[String]] {
        let lookup = DatasetLookup(dataset)
        return roster.assignments.map { rosterRow($0, lookup) }
    }

    /// The rows of unmet.csv for `roster`, in its order, readable columns taken from `dataset`.
    public static func unmetRows(_ roster: Roster, dataset: Dataset) -> [[String]] {
        let lookup = DatasetLookup(dataset)
        return roster.unmet.map { unmetRow($0, lookup) }
    }

    /// One row of roster.csv; a readable cell whose row is missing from the dataset stays empty.
    static func rosterRow(_ a: Assignment, _ lookup: DatasetLookup) -> [String] {
        let demand = lookup.demands[a.demandID]
        let item = lookup.menuItem(enterpriseID: a.enterpriseID, itemCode: a.itemCode, on: a.date)
        return [
            a.demandID, a.date.description, a.start.description, a.end.description, a.workerID, a.enterpriseID,
            a.itemCode, a.price.description,
            lookup.workers[a.workerID]?.name ?? "", lookup.enterprises[a.enterpriseID]?.name ?? "",
        ] + place(of: a.demandID, lookup) + [
            item?.name ?? "", demand?.category.rawValue ?? "", String(a.end.minutes - a.start.minutes),
            lookup.household(ofDemand: a.demandID)?.priorityGroup.rawValue ?? "",
        ]
    }

    /// One row of unmet.csv.
    static func unmetRow(_ u: UnmetVisit, _ lookup: DatasetLookup) -> [String] {
        let demand = lookup.demands[u.demandID]
        return [u.demandID, u.date.description, u.reason.rawValue] + place(of: u.demandID, lookup) + [
            demand?.category.rawValue ?? "", demand.map { String($0.minutes) } ?? "",
            lookup.household(ofDemand: u.demandID)?.priorityGroup.rawValue ?? "",
        ]
    }

    /// household_id, community_id, community, address of a demand's household.
    private static func place(of demandID: String, _ lookup: DatasetLookup) -> [String] {
        guard let household = lookup.household(ofDemand: demandID) else { return ["", "", "", ""] }
        return [household.id, household.communityID, lookup.community(of: household)?.name ?? "", household.address ?? ""]
    }
}
