import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// For each hard rule 1-12 and 14: a district where the solver serves `D1` on Monday, and one change after which
/// that rule alone forbids it, so the visit is unmet with the code Docs/Rules.md prescribes.
@Suite struct SolverRuleTests {
    static let monday = Fixtures.monday
    static let tuesday = Fixtures.day(2)
    static let t = DistrictBuilder.homeToH1

    static let blockers: [Blocker] = [
        Blocker(.employeeSystem, "intermediary worker", .noQualifiedWorker) { $0.worker { $0.employment = .intermediary } },
        Blocker(.credit, "dishonest worker", .noQualifiedWorker, base: { $0.worker { $0.credit = .warned } }) {
            $0.worker { $0.credit = .dishonest }
        },
        Blocker(.credit, "dishonest enterprise", .noQualifiedWorker, base: { $0.enterprise { $0.credit = .warned } }) {
            $0.enterprise { $0.credit = .dishonest }
        },
        Blocker(.certificate, "certificate ends the day before", .noQualifiedWorker, base: { $0.worker { $0.certificateUntil = monday } }) {
            $0.worker { $0.certificateUntil = monday.adding(days: -1) }
        },
        Blocker(.certificate, "no certificate", .noQualifiedWorker) { $0.worker { $0.certificateUntil = nil } },
        Blocker(.health, "health check 365 days old", .noQualifiedWorker, base: { $0.worker { $0.healthCheckedOn = monday.adding(days: -364) } }) {
            $0.worker { $0.healthCheckedOn = monday.adding(days: -365) }
        },
        Blocker(.health, "health check after the date", .noQualifiedWorker, base: { $0.worker { $0.healthCheckedOn = monday } }) {
            $0.worker { $0.healthCheckedOn = tuesday }
        },
        Blocker(.health, "basic health check for care work", .noQualifiedWorker, base: { $0.elderCare() }) {
            $0.worker { $0.healthScope = .basic }
        },
        Blocker(.training, "training 730 days old", .noQualifiedWorker, base: { $0.worker { $0.trainedOn = monday.adding(days: -729) } }) {
            $0.worker { $0.trainedOn = monday.adding(days: -730) }
        },
        Blocker(.training, "training after the date", .noQualifiedWorker, base: { $0.worker { $0.trainedOn = monday } }) {
            $0.worker { $0.trainedOn = tuesday }
        },
        Blocker(.skill, "skill a level below the item", .noQualifiedWorker, base: { $0.menuItem { $0.skillLevel = 3 } }) {
            $0.worker { $0.skills = [Skill(category: .cleaning, level: 2)] }
        },
        Blocker(.skill, "skill in another category only", .noQualifiedWorker) {
            $0.worker { $0.skills = [Skill(category: .cooking, level: 5)] }
        },
        Blocker(.menu, "item of another category", .noMenu) { $0.menuItem { $0.category = .cooking } },
        Blocker(.menu, "item for order mode only", .noMenu, base: { $0.menuItem { $0.mode = .slot } }) { $0.menuItem { $0.mode = .order } },
        Blocker(.menu, "item needs a minute more", .noMenu, base: { $0.menuItem { $0.minMinutes = 120 } }) { $0.menuItem { $0.minMinutes = 121 } },
        Blocker(.menu, "item not yet in force", .noMenu, base: { $0.menuItem { $0.effectiveFrom = monday } }) {
            $0.menuItem { $0.effectiveFrom = tuesday }
        },
        Blocker(.menu, "a newer version of the item drops cleaning", .noMenu, base: { b in
            b.with { ds in
                var v2 = ds.menu[0]
                v2.category = .cooking
                v2.effectiveFrom = tuesday
                ds.menu.append(v2)
            }
        }) { $0.with { $0.menu[1].effectiveFrom = monday } },
        Blocker(.menu, "worker employed by an enterprise without the item", .noQualifiedWorker, base: { $0.addingEnterprise("E2") }) {
            $0.worker { $0.enterpriseID = "E2" }
        },
        Blocker(.price, "hourly price a fen over budget", .overBudget, base: { $0.demand { $0.maxPrice = Fen(10_000) } }) {
            $0.demand { $0.maxPrice = Fen(9_999) }
        },
        Blocker(.price, "flat price a fen over budget", .overBudget, base: { b in
            b.menuItem {
                $0.unit = .visit
                $0.price = Fen(8_000)
            }.demand { $0.maxPrice = Fen(8_000) }
        }) { $0.menuItem { $0.price = Fen(8_001) } },
        Blocker(.price, "hourly price rounded half up", .overBudget, base: { b in
            // 50.01 yuan/hour × 90 min = 75.015 yuan, rounded half up to 75.02.
            b.menuItem { $0.price = Fen(5_001) }.demand {
                $0.minutes = 90
                $0.windowEnd = Fixtures.time("10:30")
                $0.maxPrice = Fen(7_502)
            }
        }) { $0.demand { $0.maxPrice = Fen(7_501) } },
        Blocker(.nearby, "household beyond the point's radius", .noMenu) { $0.point { $0.radiusMeters = 499 } },
        Blocker(.nearby, "worker's point out of reach", .noQualifiedWorker, base: { b in
            b.addingPoint("P2", east: -1_000).worker { $0.pointID = "P2" }
        }) { $0.point("P2") { $0.location = Fixtures.place(east: -2_000) } },
        Blocker(.nearby, "employer not operating from the worker's point", .noQualifiedWorker, base: { b in
            b.addingPoint("P2", east: 0).worker { $0.pointID = "P2" }
        }) { $0.point("P2") { $0.enterpriseIDs = [] } },
        Blocker(.window, "window a minute shorter than the visit", .noTime, base: { $0.demand { $0.mode = .order } }) {
            $0.demand { $0.windowEnd = Fixtures.time("10:59") }
        },
        Blocker(.shiftAndRoute, "rest day", .noTime) { $0.with { $0.shiftDays.removeAll { $0.weekday == 1 } } },
        Blocker(.shiftAndRoute, "no time to come home", .noTime, base: {
            $0.mondayShift(from: Fixtures.time("08:00"), to: TimeOfDay(minutes: 11 * 60 + t))
        }) { $0.mondayShift(from: Fixtures.time("08:00"), to: TimeOfDay(minutes: 11 * 60 + t - 1)) },
        Blocker(.shiftAndRoute, "no time to get there", .noTime, base: {
            $0.mondayShift(from: TimeOfDay(minutes: 9 * 60 - t), to: Fixtures.time("17:00"))
        }) { $0.mondayShift(from: TimeOfDay(minutes: 9 * 60 - t + 1), to: Fixtures.time("17:00")) },
        Blocker(.weekCap, "week cap a minute short", .noTime, base: { $0.worker { $0.maxWeekMinutes = 120 } }) {
            $0.worker { $0.maxWeekMinutes = 119 }
        },
        Blocker(.absence, "sick leave runs into Monday", .noQualifiedWorker, base: { $0.absence(from: monday.adding(days: -3), until: monday.adding(days: -1)) }) {
            $0.with { $0.absences[0].until = monday }
        },
        Blocker(.absence, "leave starts on Monday", .noQualifiedWorker, base: { $0.absence(from: tuesday, until: tuesday.adding(days: 5)) }) {
            $0.with { $0.absences[0].from = monday }
        },
    ]

    @Test func everyRuleButOnceHasABlocker() {
        #expect(Set(Self.blockers.map(\.rule)) == Set(HardRule.allCases.filter { $0 != .once }))
    }

    @Test(arguments: blockers)
    func servedBeforeTheChange(_ b: Blocker) throws {
        let run = SolverRun(b.servable)
        let row = try #require(run.row(), "\(run.solution.unmet)")
        #expect(row.workerID == "W1")
        #expect(run.solution.unmet.isEmpty)
        let report = run.check()
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems)")
    }

    @Test(arguments: blockers)
    func unmetAfterTheChangeWithThePrescribedReason(_ b: Blocker) {
        let run = SolverRun(b.blocked)
        #expect(run.solution.assignments.isEmpty)
        #expect(run.reason() == b.reason)
        #expect(run.checker.expectedReason(demandID: "D1", date: Self.monday) == b.reason)
        let report = run.check()
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems)")
    }

    /// The row served before the change breaks exactly the blocker's rule afterwards, by the independent checker.
    @Test(arguments: blockers)
    func theChangeBreaksThatRuleAlone(_ b: Blocker) throws {
        let row = try #require(SolverRun(b.servable).row())
        let report = RosterChecker(dataset: b.blocked.build(), week: Fixtures.week, includeIntermediary: false)
            .check(assignments: [row], unmet: [])
        #expect(Set(report.violations.map(\.rule)) == [b.rule], "\(report.violations)")
    }

    @Test func intermediaryWorkerServesWhenTheRunIncludesThem() {
        let run = SolverRun(DistrictBuilder().worker { $0.employment = .intermediary }, includeIntermediary: true)
        #expect(run.row()?.workerID == "W1")
        #expect(run.check().isValid)
    }

    @Test func cheapestAdmissibleItemIsWrittenWithItsPrice() throws {
        let district = DistrictBuilder().addingMenuItem("CLN2") { $0.price = Fen(4_000) }.addingMenuItem("CLN3") {
            $0.price = Fen(3_000)
            $0.skillLevel = 4
        }
        let row = try #require(SolverRun(district).row())
        #expect(row.itemCode == "CLN2")
        #expect(row.price == Fen(8_000))
    }

    /// Rule 11: no travel between two visits at one household, so back-to-back visits there both fit.
    @Test func backToBackVisitsAtOneHouseholdBothFit() {
        let district = DistrictBuilder().addingDemand("D2") {
            $0.windowStart = Fixtures.time("11:00")
            $0.windowEnd = Fixtures.time("13:00")
        }
        let run = SolverRun(district)
        #expect(run.row("D1")?.workerID == "W1")
        #expect(run.row("D2")?.workerID == "W1")
        #expect(run.check().isValid)
    }
}
