import LinliEngine
import LinliModel
import Testing

@Suite struct UnmetReasonTests {
    typealias F = CheckFixture

    /// A change to the fixture, and the reason its Monday visit of D1 should then get.
    static let cases: [(Mutation, UnmetReason)] = [
        (Mutation("nothing in the way", breaks: nil) { _ in }, .outcompeted),
        (Mutation("household out of every point's reach", breaks: nil) { $0.dataset.servicePoints[0].radiusMeters = 100 }, .noMenu),
        (Mutation("no item of the category", breaks: nil) { $0.item("CLN") { $0.category = .cooking } }, .noMenu),
        (Mutation("no item in this mode", breaks: nil) { $0.item("CLN") { $0.mode = .order } }, .noMenu),
        (Mutation("items all need more minutes", breaks: nil) { $0.item("CLN") { $0.minMinutes = 121 } }, .noMenu),
        (Mutation("item not yet in force", breaks: nil) { $0.item("CLN") { $0.effectiveFrom = F.tuesday } }, .noMenu),
        (Mutation("enterprise operates from no point", breaks: nil) { $0.dataset.servicePoints[0].enterpriseIDs = [] }, .noMenu),
        (Mutation("every offer above budget", breaks: nil) { $0.demand("D1") { $0.maxPrice = Fen((4501 * 120 + 30) / 60 - 1) } }, .overBudget),
        (Mutation("dishonest enterprise still offers", breaks: nil) { $0.dataset.enterprises[0].credit = .dishonest }, .noQualifiedWorker),
        (Mutation("worker without certificate", breaks: nil) { $0.worker { $0.certificateUntil = nil } }, .noQualifiedWorker),
        (Mutation("worker dishonest", breaks: nil) { $0.worker { $0.credit = .dishonest } }, .noQualifiedWorker),
        (Mutation("worker's health check too old", breaks: nil) { $0.worker { $0.healthCheckedOn = F.monday.adding(days: -365) } }, .noQualifiedWorker),
        (Mutation("worker's training too old", breaks: nil) { $0.worker { $0.trainedOn = F.monday.adding(days: -730) } }, .noQualifiedWorker),
        (Mutation("worker's skill too low", breaks: nil) { $0.worker { $0.skills[0].level = 1 } }, .noQualifiedWorker),
        (Mutation("intermediary worker", breaks: nil) { $0.worker { $0.employment = .intermediary } }, .noQualifiedWorker),
        (Mutation("worker based at a point out of reach", breaks: nil) { f in
            f.dataset.servicePoints.append(ServicePoint(id: "P2", name: "far", communityID: "C1", location: GeoPoint(lat: 30.4, lon: 120.3), radiusMeters: 2000, enterpriseIDs: ["E1"]))
            f.worker { $0.pointID = "P2" }
        }, .noQualifiedWorker),
        (Mutation("worker's employer operates from another point in reach, not the worker's", breaks: nil) { f in
            f.dataset.servicePoints.append(ServicePoint(id: "P2", name: "x", communityID: "C1", location: F.point, radiusMeters: 2000, enterpriseIDs: ["E1"]))
            f.dataset.servicePoints[0].enterpriseIDs = []
        }, .noQualifiedWorker),
        (Mutation("only another enterprise's offer is within budget", breaks: nil) { f in
            f.dataset.enterprises.append(Enterprise(id: "E2", name: "Other", model: .employee, credit: .good))
            f.dataset.menu.append(MenuItem(enterpriseID: "E2", itemCode: "CLN", name: "x", category: .cleaning, mode: .both, unit: .visit, price: Fen(6000), minMinutes: 60, skillLevel: 1))
            f.dataset.servicePoints[0].enterpriseIDs.append("E2")
            f.demand("D1") { $0.maxPrice = Fen(6000) }
        }, .noQualifiedWorker),
        (Mutation("rest day", breaks: nil) { $0.dataset.shiftDays.removeAll { $0.weekday == 1 } }, .noTime),
        (Mutation("visit longer than the week cap", breaks: nil) { $0.worker { $0.maxWeekMinutes = 119 } }, .noTime),
        (Mutation("shift one minute too short", breaks: nil) { f in
            f.dataset.shiftDays[0].start = TimeOfDay(minutes: 9 * 60 - travel(F.home, F.h1))
            f.dataset.shiftDays[0].end = TimeOfDay(minutes: 11 * 60 + travel(F.h1, F.home) - 1)
        }, .noTime),
        (Mutation("shift exactly long enough", breaks: nil) { f in
            f.dataset.shiftDays[0].start = TimeOfDay(minutes: 9 * 60 - travel(F.home, F.h1))
            f.dataset.shiftDays[0].end = TimeOfDay(minutes: 11 * 60 + travel(F.h1, F.home))
        }, .outcompeted),
        (Mutation("a second, free worker", breaks: nil) { f in
            var w2 = f.dataset.workers[0]
            w2.id = "W2"
            f.worker { $0.certificateUntil = nil }
            f.dataset.workers.append(w2)
        }, .outcompeted),
    ]

    static func travel(_ a: GeoPoint, _ b: GeoPoint) -> Int { Int((a.distance(to: b) / 250).rounded(.up)) }

    @Test(arguments: cases)
    func expectedReasonIsTheFirstThatApplies(_ m: Mutation, _ reason: UnmetReason) {
        var f = m.fixture
        #expect(f.checker.expectedReason(demandID: "D1", date: F.monday) == reason)
        f.leaveUnmet("D1", F.monday, as: reason)
        #expect(f.check().reasonProblems == [])
    }

    @Test(arguments: UnmetReason.allCases.filter { $0 != .outcompeted })
    func aWrongCodeIsReported(_ wrong: UnmetReason) {
        var f = F()
        f.leaveUnmet("D1", F.monday, as: wrong)
        let problems = f.check().reasonProblems
        #expect(problems.count == 1)
        #expect(problems.first?.contains("outcompeted") == true)
    }

    @Test func notAVisitHasNoReason() {
        #expect(F().checker.expectedReason(demandID: "D1", date: F.tuesday) == nil)
        #expect(F().checker.expectedReason(demandID: "D9", date: F.monday) == nil)
    }

    @Test func aVisitNeitherAssignedNorListedIsReported() {
        var f = F()
        f.assignments.removeFirst()
        #expect(f.check().reasonProblems.count == 1)
        #expect(f.check().violations == [])
    }

    @Test func aVisitListedTwiceIsReported() {
        var f = F()
        f.leaveUnmet("D1", F.monday, as: .outcompeted)
        f.unmet.append(f.unmet[0])
        #expect(f.check().reasonProblems.count == 1)
    }

    @Test func anAssignedVisitListedUnmetIsReported() {
        var f = F()
        f.unmet.append(UnmetVisit(demandID: "D1", date: F.monday, reason: .outcompeted))
        #expect(f.check().reasonProblems.count == 1)
    }

    @Test(arguments: [("D1", F.tuesday), ("D9", F.monday), ("D2", F.tuesday.adding(days: 7))])
    func aListedNonVisitIsReported(_ demand: String, _ date: Day) {
        var f = F()
        f.unmet.append(UnmetVisit(demandID: demand, date: date, reason: .noMenu))
        #expect(f.check().reasonProblems.count == 1)
    }
}
