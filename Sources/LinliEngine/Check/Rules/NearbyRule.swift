import LinliModel

/// Rule 9: the household is within the radius of the worker's base point, and the enterprise operates from it.
struct NearbyRule: RowRule {
    var rule: HardRule { .nearby }

    static func reaches(_ point: ServicePoint, _ household: Household) -> Bool {
        point.location.distance(to: household.location) <= point.radiusMeters
    }

    static func operates(_ enterpriseID: String, from point: ServicePoint) -> Bool {
        point.enterpriseIDs.contains(enterpriseID)
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        guard let point = index.points[row.worker.pointID] else { return "worker \(row.worker.id)'s point \(row.worker.pointID) is unknown" }
        if !Self.reaches(point, row.household) {
            let m = point.location.distance(to: row.household.location)
            return "household \(row.household.id) is \(Int(m.rounded())) m from point \(point.id), beyond its \(point.radiusMeters) m"
        }
        if !Self.operates(row.enterprise.id, from: point) { return "enterprise \(row.enterprise.id) does not operate from point \(point.id)" }
        return nil
    }
}
