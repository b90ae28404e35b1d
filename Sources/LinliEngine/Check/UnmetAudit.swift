import LinliModel

/// Checks unmet.csv against the roster and the week's visits: each unassigned visit listed once, with its reason.
struct UnmetAudit: Sendable {
    let index: CheckIndex
    let oracle: ReasonOracle
    /// A replan's replaced roster: unmet visits dated before the replan date keep its reasons.
    var history = ReplanHistory(nil)

    /// The problems of `unmet`, given the visits that have a roster row.
    /// - Complexity: O(visits + unmet × reason cost).
    func problems(unmet: [UnmetVisit], assigned: Set<VisitKey>) -> [String] {
        var problems: [String] = []
        var listed = Set<VisitKey>()
        for u in unmet {
            let name = "\(u.demandID) \(u.date)"
            guard let demand = index.demands[u.demandID], index.isVisit(of: demand, on: u.date) else {
                problems.append("\(name) is listed unmet but is not a visit of \(index.week)")
                continue
            }
            guard listed.insert(u.visit).inserted else {
                problems.append("\(name) is listed unmet more than once")
                continue
            }
            if assigned.contains(u.visit) {
                problems.append("\(name) is listed unmet but is on the roster")
            } else if case .unmet(let expected)? = history.held(u.visit) {
                if expected != u.reason {
                    problems.append("\(name) is listed as \(u.reason.rawValue), but the replaced roster has \(expected.rawValue) before the replan date")
                }
            } else if let expected = oracle.reason(for: demand, on: u.date), expected != u.reason {
                problems.append("\(name) is listed as \(u.reason.rawValue), but the first reason that applies is \(expected.rawValue)")
            }
        }
        for demand in index.demandList {
            for day in index.visitDates(of: demand) {
                let visit = VisitKey(demandID: demand.id, date: day)
                if !assigned.contains(visit) && !listed.contains(visit) {
                    problems.append("\(demand.id) \(day) is neither on the roster nor listed unmet")
                }
            }
        }
        return problems
    }
}
