import LinliModel
import LinliPlan

/// One row of a staff.csv: a move or a hire.
enum StaffRow: Sendable {
    case move(StaffPlan.Move)
    case hire(StaffPlan.Hire)
}

extension FieldReader {
    mutating func staffRow() -> StaffRow? {
        let point = id("point_id")
        if !value("worker_id").isEmpty {
            guard let worker = id("worker_id"), let point else { return nil }
            return .move(StaffPlan.Move(workerID: worker, pointID: point, line: line))
        }
        guard !value("enterprise_id").isEmpty else {
            fail("enterprise_id", "give worker_id (a move) or enterprise_id, skills and count (hires)")
            return nil
        }
        let enterprise = id("enterprise_id")
        var skills = self.skills("skills")
        if skills?.isEmpty == true {
            fail("skills", "hires need skills, e.g. cleaning:3;elder_care:2")
            skills = nil
        }
        let count = int("count", Limits.hires, "a number of hires \(Limits.text(Limits.hires))")
        guard let point, let enterprise, let skills, let count else { return nil }
        return .hire(StaffPlan.Hire(enterpriseID: enterprise, pointID: point, skills: skills, count: count, line: line))
    }

    /// An indicator and its target, parsed for that indicator.
    mutating func indicatorTarget() -> (indicator: Indicator, target: IndicatorTarget)? {
        guard let indicator = code("indicator", Indicator.self) else { return nil }
        let expected = indicator.isShare
            ? "a share target such as >90%, >=0.65 or 95 (at most 100%)"
            : "a count target such as >=3 or <=0 (at most \(Int(Limits.countTarget.upperBound)))"
        guard let target = required("target", expected, { IndicatorTarget(text: $0, for: indicator) }) else { return nil }
        return (indicator, target)
    }
}
