@testable import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// The flow bound alone (``UpperBound/compute(_:deadline:)``): windows limit when minutes can flow, and a
/// bonus is worth only the share of its minutes the flow serves.
@Suite struct FlowBoundTests {
    /// Two 120-minute visits in the same two hours of Monday and one worker: only one fits, though the
    /// worker's day holds both. The flow counts 120 minutes, each worth 1 plus its demand's continuity share
    /// of 60 / 120: at most 180, where a flow ignoring windows counts 240 minutes and two continuity bonuses.
    @Test func aWindowHoldsNoMoreMinutesThanTheShiftHasInsideIt() {
        let run = SolverRun(DistrictBuilder().addingDemand("D2"))
        let flow = UpperBound.compute(run.problem)
        #expect(run.solution.assignments.count == 1)
        #expect(flow.method == .flow)
        #expect(flow.value >= run.solution.parts.score - 0.01)
        #expect(flow.value <= 180 + 1e-9, "bound \(flow.value)")
    }

    /// One weekly demand on Monday and Tuesday, 120 minutes each, and a week cap of 120: one visit is served,
    /// so the continuity bonus cannot be earned. The flow serves 120 of the demand's 240 minutes, each worth
    /// 1 + 60 / 240: at most 150, where a bound counting the bonus whole gives 180.
    @Test func aContinuityBonusIsWorthTheShareOfItsMinutesServed() {
        let run = SolverRun(DistrictBuilder().demand { $0.weekdays = [1, 2] }.worker { $0.maxWeekMinutes = 120 })
        let flow = UpperBound.compute(run.problem)
        #expect(run.solution.assignments.count == 1)
        #expect(flow.value >= run.solution.parts.score - 0.01)
        #expect(flow.value <= 150 + 1e-9, "bound \(flow.value)")
    }

    /// Two weekly demands whose visits have no worker in common earn no continuity at all: each visit's only
    /// candidate is a different worker (W1 works Monday, W2 Tuesday).
    @Test func noContinuityWithoutOneWorkerForEveryVisit() {
        let district = DistrictBuilder()
            .demand { $0.weekdays = [1, 2] }
            .addingWorker("W2") { $0.shiftPatternID = "TUE" }
            .with {
                $0.shiftDays.removeAll { $0.patternID == "DAY" && $0.weekday == 2 }
                $0.shiftDays.append(ShiftDay(patternID: "TUE", cycleWeek: 0, weekday: 2, start: Fixtures.time("08:00"), end: Fixtures.time("17:00")))
            }
        let run = SolverRun(district)
        let flow = UpperBound.compute(run.problem)
        #expect(run.solution.assignments.count == 2)
        #expect(flow.value >= run.solution.parts.score - 0.01)
        #expect(flow.value <= 240 + 1e-9, "bound \(flow.value)")
    }
}
