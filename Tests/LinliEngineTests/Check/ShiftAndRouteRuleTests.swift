import LinliEngine
import LinliModel
import Testing

@Suite struct ShiftAndRouteRuleTests {
    typealias F = CheckFixture

    /// The fixture plus D4, a once order on Monday 09:00-15:00 for 60 minutes at `household`, served by W1 at `start`.
    static func withSecondMondayVisit(at household: String, start: (CheckFixture) -> TimeOfDay) -> CheckFixture {
        var f = F()
        f.dataset.demands.append(Demand(id: "D4", householdID: household, category: .cleaning, mode: .order, minutes: 60, recurrence: .once,
                                        date: F.monday, windowStart: F.clock(9, 0), windowEnd: F.clock(15, 0)))
        f.assignments.append(F.row("D4", F.monday, start(f), minutes: 60, item: "CLN", price: Fen((4501 * 60 + 30) / 60)))
        return f
    }

    static func travel(_ a: GeoPoint, _ b: GeoPoint) -> Int { Int((a.distance(to: b) / 250).rounded(.up)) }

    @Test func nextVisitMayStartOnceTheWayIsDone() {
        let f = Self.withSecondMondayVisit(at: "H2") { _ in F.clock(11, Self.travel(F.h1, F.h2)) }
        #expect(Self.travel(F.h1, F.h2) > 0)
        #expect(f.check().isValid)
    }

    @Test func travelOverlapBreaksRule11() {
        let f = Self.withSecondMondayVisit(at: "H2") { _ in F.clock(11, Self.travel(F.h1, F.h2) - 1) }
        let v = f.check().violations
        #expect(v.map(\.rule) == [.shiftAndRoute])
        #expect(v.first?.assignment?.demandID == "D4")
    }

    @Test func visitsAtOneHouseholdNeedNoTravel() {
        let f = Self.withSecondMondayVisit(at: "H1") { _ in F.clock(11, 0) }
        #expect(f.check().isValid)
    }

    @Test func overlappingVisitsAtOneHouseholdBreakRule11() {
        let f = Self.withSecondMondayVisit(at: "H1") { _ in F.clock(10, 59) }
        #expect(f.brokenRules == [.shiftAndRoute])
    }

    @Test func visitsAtOnePlaceUnderTwoHouseholdsNeedNoTravel() {
        var f = Self.withSecondMondayVisit(at: "H3") { _ in F.clock(11, 0) }
        f.dataset.households.append(Household(id: "H3", communityID: "C1", location: F.h1, priorityGroup: .none))
        #expect(f.check().isValid)
    }

    @Test(arguments: [0, 1])
    func leavingHomeBeforeTheShiftBreaksRule11(_ early: Int) {
        var f = F()
        let leave = 9 * 60 - Self.travel(F.home, F.h1)
        f.dataset.shiftDays[0].start = TimeOfDay(minutes: leave + early)
        #expect(f.brokenRules == (early == 0 ? [] : [.shiftAndRoute]))
    }

    @Test(arguments: [0, 1])
    func comingHomeAfterTheShiftBreaksRule11(_ late: Int) {
        var f = F()
        let back = 11 * 60 + Self.travel(F.h1, F.home)
        f.dataset.shiftDays[0].end = TimeOfDay(minutes: back - late)
        #expect(f.brokenRules == (late == 0 ? [] : [.shiftAndRoute]))
    }

    @Test func restDayBreaksRule11ForEachRowThatDay() {
        var f = Self.withSecondMondayVisit(at: "H1") { _ in F.clock(11, 0) }
        f.dataset.shiftDays.removeAll { $0.weekday == 1 }
        let v = f.check().violations
        #expect(v.map(\.rule) == [.shiftAndRoute, .shiftAndRoute])
        #expect(Set(v.compactMap(\.assignment?.date)) == [F.monday])
    }

    /// A two-week rotation working only in cycle week `working`: the week is a rest week unless
    /// `(n + rotation_offset) mod 2 = working`, n whole weeks since Monday 2000-01-03.
    @Test(arguments: [0, 1], [0, 1])
    func rotationDecidesTheWorkingWeek(_ working: Int, _ offset: Int) {
        var f = F()
        f.dataset.shiftDays = (1...5).map { ShiftDay(patternID: "ROT", cycleWeek: working, weekday: $0, start: F.clock(8, 0), end: F.clock(18, 0)) }
        if working == 0 { f.dataset.shiftDays.append(ShiftDay(patternID: "ROT", cycleWeek: 1, weekday: 7, start: F.clock(8, 0), end: F.clock(9, 0))) }
        f.worker { $0.shiftPatternID = "ROT"; $0.rotationOffset = offset }
        let n = F.monday.days(since: Day(year: 2000, month: 1, day: 3)!) / 7
        let works = (n + offset) % 2 == working
        #expect(f.brokenRules == (works ? [] : [.shiftAndRoute]))
    }
}
