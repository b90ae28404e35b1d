import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// A district where the solver serves `D1` on Monday, and one change after which rule `rule` alone forbids it.
struct Blocker: Sendable, CustomTestStringConvertible {
    let name: String
    let rule: HardRule
    /// The code Docs/Rules.md prescribes for the blocked visit.
    let reason: UnmetReason
    let base: @Sendable (DistrictBuilder) -> DistrictBuilder
    let block: @Sendable (DistrictBuilder) -> DistrictBuilder

    init(
        _ rule: HardRule, _ name: String, _ reason: UnmetReason,
        base: @escaping @Sendable (DistrictBuilder) -> DistrictBuilder = { $0 },
        block: @escaping @Sendable (DistrictBuilder) -> DistrictBuilder
    ) {
        self.rule = rule
        self.name = name
        self.reason = reason
        self.base = base
        self.block = block
    }

    var testDescription: String { "\(rule): \(name)" }

    var servable: DistrictBuilder { base(DistrictBuilder()) }
    var blocked: DistrictBuilder { block(servable) }
}

extension DistrictBuilder {
    /// Adds a sick leave of `W1` from `from` to `until`.
    func absence(from: Day, until: Day) -> Self {
        with { $0.absences.append(Absence(workerID: "W1", from: from, until: until, reason: .sick)) }
    }

    /// Sets Monday's window of shift pattern `DAY`.
    func mondayShift(from start: TimeOfDay, to end: TimeOfDay) -> Self {
        with { ds in
            for i in ds.shiftDays.indices where ds.shiftDays[i].patternID == "DAY" && ds.shiftDays[i].weekday == 1 {
                ds.shiftDays[i].start = start
                ds.shiftDays[i].end = end
            }
        }
    }

    /// Turns `D1` and item `CLN` into elder care, with `W1` skilled and health-checked for it.
    func elderCare() -> Self {
        demand { $0.category = .elderCare }
            .menuItem { $0.category = .elderCare }
            .worker {
                $0.skills = [Skill(category: .elderCare, level: 3)]
                $0.healthScope = .enhanced
            }
    }

    /// Travel minutes from `W1`'s home to `H1` in the standard district.
    static var homeToH1: Int { Fixtures.place(east: -1_000).travelMinutes(to: Fixtures.place(east: 500)) }
}
