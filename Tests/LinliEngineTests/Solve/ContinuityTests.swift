import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// One worker for a household's demand: within the week (the continuity bonus), across weeks (`previous`),
/// and the household's own preferred worker.
@Suite struct ContinuityTests {
    /// `W2` is a copy of `W1`: same home, point and qualifications, so nothing in the score tells them apart.
    static let twins = DistrictBuilder().addingWorker("W2")

    @Test(arguments: ["W1", "W2"])
    func lastWeeksWorkerIsKept(_ previous: String) throws {
        let run = try SolverRun(Self.twins.build(), previous: ["D1": previous])
        #expect(run.row()?.workerID == previous)
    }

    @Test func lastWeeksWorkerWhoCanNoLongerServeIsReplaced() throws {
        let district = Self.twins.worker("W2") { $0.certificateUntil = nil }
        let run = try SolverRun(district.build(), previous: ["D1": "W2"])
        #expect(run.row()?.workerID == "W1")
    }

    /// `H1` asks Monday, Wednesday and Friday. `W2` lives next door but works Monday and Wednesday only;
    /// `W1` lives a kilometre and a half away and works all week.
    static func weekly(_ weekdays: [Int]) -> DistrictBuilder {
        DistrictBuilder()
            .demand { $0.weekdays = weekdays }
            .addingShift("MW", weekdays: [1, 3], from: "08:00", to: "17:00")
            .addingWorker("W2") {
                $0.home = Fixtures.place(east: 450)
                $0.shiftPatternID = "MW"
            }
    }

    @Test func oneWorkerTakesEveryVisitForTheBonus() {
        let run = SolverRun(Self.weekly([1, 3, 5]))
        #expect(run.solution.assignments.map(\.workerID) == ["W1", "W1", "W1"])
        #expect(run.solution.parts.continuityDemands == 1)
        #expect(run.check().recomputed.continuityDemands == 1)
    }

    /// Without the Friday visit, the nearer worker can take them all, and does.
    @Test func nearerWorkerTakesAllWhenSheCan() {
        let run = SolverRun(Self.weekly([1, 3]))
        #expect(run.solution.assignments.map(\.workerID) == ["W2", "W2"])
        #expect(run.solution.parts.continuityDemands == 1)
    }

    /// A split week earns no bonus: `W1`, the only worker on Friday, has no Monday shift.
    @Test func splitWeekEarnsNoBonus() {
        let run = SolverRun(Self.weekly([1, 3, 5]).with { $0.shiftDays.removeAll { $0.patternID == "DAY" && $0.weekday == 1 } })
        #expect(Set(run.solution.assignments.map(\.workerID)) == ["W1", "W2"])
        #expect(run.solution.parts.continuityDemands == 0)
        #expect(run.check().isValid)
    }

    @Test func preferredWorkerServesThoughFartherAway() {
        let district = DistrictBuilder()
            .addingWorker("W2") { $0.home = Fixtures.place(east: -3_000) }
            .demand { $0.preferredWorkerID = "W2" }
        let run = SolverRun(district)
        #expect(run.row()?.workerID == "W2")
        #expect(run.solution.parts.preferredVisits == 1)
        #expect(run.check().recomputed.preferredVisits == 1)
    }
}
