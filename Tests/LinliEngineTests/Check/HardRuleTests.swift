import LinliEngine
import LinliModel
import Testing

@Suite struct HardRuleTests {
    typealias F = CheckFixture

    @Test func handBuiltRosterIsValid() {
        let report = F().check()
        #expect(report.violations == [])
        #expect(report.reasonProblems == [])
        #expect(report.isValid)
    }

    static let breaking: [Mutation] = [
        Mutation("intermediary worker", breaks: .employeeSystem) { $0.worker { $0.employment = .intermediary } },
        Mutation("dishonest worker", breaks: .credit) { $0.worker { $0.credit = .dishonest } },
        Mutation("dishonest enterprise", breaks: .credit) { $0.dataset.enterprises[0].credit = .dishonest },
        Mutation("no certificate", breaks: .certificate) { $0.worker { $0.certificateUntil = nil } },
        Mutation("certificate ends Monday", breaks: .certificate) { $0.worker { $0.certificateUntil = F.monday } },
        Mutation("health check after the date", breaks: .health) { $0.worker { $0.healthCheckedOn = F.tuesday } },
        Mutation("health check 365 days old", breaks: .health) { $0.worker { $0.healthCheckedOn = F.monday.adding(days: -365) } },
        Mutation("basic health check for care", breaks: .health) { $0.worker { $0.healthScope = .basic } },
        Mutation("training 730 days old", breaks: .training) { $0.worker { $0.trainedOn = F.monday.adding(days: -730) } },
        Mutation("training after the date", breaks: .training) { $0.worker { $0.trainedOn = F.thursday } },
        Mutation("skill below the item", breaks: .skill) { $0.worker { $0.skills[0].level = 1 } },
        Mutation("skill missing", breaks: .skill) { $0.worker { $0.skills.removeFirst() } },
        Mutation("item of another category", breaks: .menu) { $0.item("CLN") { $0.category = .cooking } },
        Mutation("item for slots only", breaks: .menu) { $0.item("CLN") { $0.mode = .slot } },
        Mutation("item longer than the visit", breaks: .menu) { $0.item("CLN") { $0.minMinutes = 91 } },
        Mutation("item starts after the date", breaks: .menu) { $0.item("CLN") { $0.effectiveFrom = F.wednesday } },
        Mutation("row names another enterprise's item", breaks: .menu) { f in
            f.dataset.enterprises.append(Enterprise(id: "E2", name: "Other", model: .employee, credit: .good))
            f.dataset.menu.append(MenuItem(enterpriseID: "E2", itemCode: "CLN", name: "x", category: .cleaning, mode: .both, unit: .hour, price: Fen(4501), minMinutes: 60, skillLevel: 1))
            f.dataset.servicePoints[0].enterpriseIDs.append("E2")
            f.assignments[0].enterpriseID = "E2"
        },
        Mutation("price one fen off", breaks: .price) { $0.assignments[2].price.value += 1 },
        Mutation("price above budget", breaks: .price) { $0.demand("D2") { $0.maxPrice = Fen((4501 * 90 + 30) / 60 - 1) } },
        Mutation("newer item version prices Wednesday", breaks: .price) { f in
            var v2 = f.dataset.menu[0]
            v2.price = Fen(5000)
            v2.effectiveFrom = F.wednesday
            f.dataset.menu.append(v2)
        },
        Mutation("household beyond the radius", breaks: .nearby) { $0.dataset.servicePoints[0].radiusMeters = 300 },
        Mutation("enterprise not at the point", breaks: .nearby) { f in
            f.dataset.servicePoints.append(ServicePoint(id: "P2", name: "x", communityID: "C1", location: F.point, radiusMeters: 2000, enterpriseIDs: []))
            f.worker { $0.pointID = "P2" }
        },
        Mutation("start before the window", breaks: .window) { f in
            f.assignments[2] = F.row("D2", F.tuesday, F.clock(12, 59), minutes: 90, item: "CLN", price: f.assignments[2].price)
        },
        Mutation("end after the window", breaks: .window) { f in
            f.assignments[2] = F.row("D2", F.tuesday, F.clock(15, 31), minutes: 90, item: "CLN", price: f.assignments[2].price)
        },
        Mutation("end is not start + minutes", breaks: .window) { $0.assignments[2].end.minutes -= 1 },
        Mutation("rest day", breaks: .shiftAndRoute) { $0.dataset.shiftDays.removeAll { $0.weekday == 2 } },
        Mutation("shift ends before coming home", breaks: .shiftAndRoute) { $0.dataset.shiftDays[3].end = F.clock(11, 0) },
        Mutation("week cap one minute short", breaks: .weekCap) { $0.worker { $0.maxWeekMinutes = 120 + 120 + 90 + 60 - 1 } },
        Mutation("duplicate row", breaks: .once) { $0.assignments.append($0.assignments[0]) },
        Mutation("row on a weekday the demand skips", breaks: .once) { f in
            f.assignments[1] = F.row("D1", F.tuesday, F.clock(9, 0), minutes: 120, item: "CLN", price: f.assignments[1].price)
        },
        Mutation("row after active_until", breaks: .once) { $0.demand("D1") { $0.activeUntil = F.tuesday } },
        Mutation("once demand in another week", breaks: .once) { $0.demand("D2") { $0.date = F.tuesday.adding(days: 7) } },
        Mutation("unknown worker", breaks: .once) { $0.assignments[0].workerID = "W9" },
        Mutation("unknown item", breaks: .once) { $0.assignments[0].itemCode = "NOPE" },
        Mutation("unknown demand", breaks: .once) { $0.assignments[0].demandID = "D9" },
        Mutation("sick on Tuesday", breaks: .absence) {
            $0.dataset.absences = [Absence(workerID: "W1", from: F.tuesday, until: F.tuesday, reason: .sick)]
        },
        Mutation("on leave from last week through Monday", breaks: .absence) {
            $0.dataset.absences = [Absence(workerID: "W1", from: F.monday.adding(days: -5), until: F.monday, reason: .leave)]
        },
    ]

    @Test(arguments: breaking)
    func oneChangeBreaksExactlyItsRule(_ m: Mutation) {
        let report = m.fixture.check()
        #expect(Set(report.violations.map(\.rule)) == [m.breaks!])
        #expect(!report.isValid)
    }

    static let keeping: [Mutation] = [
        Mutation("warned credit", breaks: nil) { f in f.worker { $0.credit = .warned }; f.dataset.enterprises[0].credit = .warned },
        Mutation("certificate ends Thursday", breaks: nil) { $0.worker { $0.certificateUntil = F.thursday } },
        Mutation("health check on Monday", breaks: nil) { $0.worker { $0.healthCheckedOn = F.monday } },
        mondayOnly("health check 364 days old", breaks: nil) { $0.healthCheckedOn = F.monday.adding(days: -364) },
        mondayOnly("health check 365 days old", breaks: .health) { $0.healthCheckedOn = F.monday.adding(days: -365) },
        mondayOnly("training 729 days old", breaks: nil) { $0.trainedOn = F.monday.adding(days: -729) },
        mondayOnly("training 730 days old", breaks: .training) { $0.trainedOn = F.monday.adding(days: -730) },
        mondayOnly("certificate ends Monday", breaks: nil) { $0.certificateUntil = F.monday },
        Mutation("skill exactly the item's", breaks: nil) { $0.worker { $0.skills[0].level = 2 } },
        Mutation("price exactly the budget", breaks: nil) { $0.demand("D2") { $0.maxPrice = Fen((4501 * 90 + 30) / 60) } },
        Mutation("newer item version from next week", breaks: nil) { f in
            var v2 = f.dataset.menu[0]
            v2.price = Fen(5000)
            v2.effectiveFrom = F.monday.adding(days: 7)
            f.dataset.menu.append(v2)
        },
        Mutation("basic health check without care work", breaks: nil) { f in
            f.worker { $0.healthScope = .basic }
            f.assignments.removeLast()
            f.dataset.demands.removeLast()
        },
        Mutation("intermediary worker in an intermediary run", breaks: nil) { f in
            f.worker { $0.employment = .intermediary }
            f.includeIntermediary = true
        },
        Mutation("week cap exactly met", breaks: nil) { $0.worker { $0.maxWeekMinutes = 120 + 120 + 90 + 60 } },
        Mutation("absent on Friday, a day without rows", breaks: nil) {
            $0.dataset.absences = [Absence(workerID: "W1", from: F.thursday.adding(days: 1), until: F.thursday.adding(days: 3), reason: .training)]
        },
        Mutation("another worker absent all week", breaks: nil) {
            $0.dataset.absences = [Absence(workerID: "W2", from: F.monday, until: F.monday.adding(days: 6), reason: .other)]
        },
    ]

    /// A change to W1 in the fixture cut down to D1's Monday visit, to test a rule at its boundary date.
    static func mondayOnly(_ name: String, breaks: HardRule?, _ change: @escaping @Sendable (inout Worker) -> Void) -> Mutation {
        Mutation("Monday only, " + name, breaks: breaks) { f in
            f.keepMondayOnly()
            f.worker("W1", change)
        }
    }

    @Test(arguments: keeping)
    func boundaryCasesKeepTheRules(_ m: Mutation) {
        let rules = m.fixture.brokenRules
        #expect(rules == (m.breaks.map { [$0] } ?? []))
    }

    @Test func violationsNameTheOffendingRow() {
        var f = F()
        f.assignments[2].price.value += 1
        let v = f.check().violations
        #expect(v.map(\.assignment) == [f.assignments[2]])
        #expect(v[0].description.hasPrefix("rule 8 (price): D2 \(F.tuesday) W1: "))
    }
}
