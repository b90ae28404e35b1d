import LinliModel

/// Rule 13: every row names known records and a visit of this week, and each visit is assigned at most once.
struct OnceRule: RosterRule {
    var rule: HardRule { .once }

    func violations(in roster: CheckedRoster) -> [RuleViolation] { roster.refusals }

    /// Splits rows into those rule 13 admits, resolved, and the breaks of the others. Rows dated before
    /// `frozenBefore` (a replan's history, kept as it was) may name a menu item removed since: the item
    /// mattered only to rules those rows are no longer checked against.
    /// - Complexity: O(rows).
    static func sift(
        _ assignments: [Assignment], index: CheckIndex, frozenBefore: Day? = nil
    ) -> (rows: [CheckedRow], refusals: [RuleViolation]) {
        var rows: [CheckedRow] = []
        var refusals: [RuleViolation] = []
        var seen = Set<VisitKey>()
        for a in assignments {
            switch resolve(a, index: index, frozen: frozenBefore.map { a.date < $0 } ?? false) {
            case .failure(let refusal):
                refusals.append(RuleViolation(rule: .once, assignment: a, message: refusal.message))
            case .success(let row):
                if seen.insert(a.visit).inserted {
                    rows.append(row)
                } else {
                    refusals.append(RuleViolation(rule: .once, assignment: a, message: "visit \(a.demandID) \(a.date) is assigned more than once"))
                }
            }
        }
        return (rows, refusals)
    }

    private struct Refusal: Error { let message: String }

    private static func resolve(_ a: Assignment, index: CheckIndex, frozen: Bool) -> Result<CheckedRow, Refusal> {
        guard let demand = index.demands[a.demandID] else { return .failure(Refusal(message: "unknown demand \(a.demandID)")) }
        guard let worker = index.workers[a.workerID] else { return .failure(Refusal(message: "unknown worker \(a.workerID)")) }
        guard let enterprise = index.enterprises[a.enterpriseID], frozen || index.itemExists(enterpriseID: a.enterpriseID, itemCode: a.itemCode) else {
            return .failure(Refusal(message: "unknown menu item \(a.enterpriseID)/\(a.itemCode)"))
        }
        guard let household = index.households[demand.householdID] else {
            return .failure(Refusal(message: "demand \(demand.id)'s household \(demand.householdID) is unknown"))
        }
        guard index.isVisit(of: demand, on: a.date) else {
            return .failure(Refusal(message: "\(a.date) is not a visit date of demand \(demand.id) in \(index.week)"))
        }
        let item = index.item(enterpriseID: a.enterpriseID, itemCode: a.itemCode, on: a.date)
        return .success(CheckedRow(assignment: a, worker: worker, enterprise: enterprise, demand: demand, household: household, item: item))
    }
}
