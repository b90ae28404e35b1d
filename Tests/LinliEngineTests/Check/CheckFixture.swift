import LinliEngine
import LinliModel

/// A tiny hand-built district with a valid roster of four visits, to mutate one thing at a time.
///
/// One point P1 (radius 2 km) hosts enterprise E1; worker W1 (E1, based at P1) works Monday-Friday
/// 08:00-18:00. H1 (no priority) asks D1, weekly cleaning on Monday and Wednesday 09:00-11:00;
/// H2 (elderly alone) asks D2, cleaning once on Tuesday, and D3, elder care once on Thursday.
struct CheckFixture {
    static let week = ISOWeek(year: 2026, week: 48)!
    static let monday = week.monday
    static let tuesday = monday.adding(days: 1)
    static let wednesday = monday.adding(days: 2)
    static let thursday = monday.adding(days: 3)

    static let point = GeoPoint(lat: 30.2700, lon: 120.1500)
    static let home = GeoPoint(lat: 30.2750, lon: 120.1550)
    static let h1 = GeoPoint(lat: 30.2720, lon: 120.1520)
    static let h2 = GeoPoint(lat: 30.2680, lon: 120.1470)

    var dataset: Dataset
    var includeIntermediary = false
    var assignments: [Assignment]
    var unmet: [UnmetVisit] = []

    init() {
        let worker = Worker(
            id: "W1", enterpriseID: "E1", employment: .employee, name: "Li", home: Self.home, pointID: "P1",
            skills: [Skill(category: .cleaning, level: 3), Skill(category: .elderCare, level: 2)],
            certificateUntil: Day(year: 2027, month: 6, day: 30), healthCheckedOn: Day(year: 2026, month: 3, day: 1)!,
            healthScope: .enhanced, trainedOn: Day(year: 2025, month: 9, day: 1)!, credit: .good, shiftPatternID: "DAY"
        )
        dataset = Dataset(
            communities: [Community(id: "C1", name: "Xixi", location: Self.point, households: 100)],
            servicePoints: [ServicePoint(id: "P1", name: "Xixi point", communityID: "C1", location: Self.point, radiusMeters: 2000, enterpriseIDs: ["E1"])],
            enterprises: [Enterprise(id: "E1", name: "Anjia", model: .employee, credit: .good)],
            menu: [
                MenuItem(enterpriseID: "E1", itemCode: "CLN", name: "日常保洁", category: .cleaning, mode: .both, unit: .hour, price: Fen(4501), minMinutes: 60, skillLevel: 2),
                MenuItem(enterpriseID: "E1", itemCode: "CARE", name: "养老护理", category: .elderCare, mode: .both, unit: .visit, price: Fen(8000), minMinutes: 60, skillLevel: 2),
            ],
            workers: [worker],
            shiftDays: (1...5).map { ShiftDay(patternID: "DAY", cycleWeek: 0, weekday: $0, start: Self.clock(8, 0), end: Self.clock(18, 0)) },
            households: [
                Household(id: "H1", communityID: "C1", location: Self.h1, priorityGroup: .none),
                Household(id: "H2", communityID: "C1", location: Self.h2, priorityGroup: .elderlyAlone),
            ],
            demands: [
                Demand(id: "D1", householdID: "H1", category: .cleaning, mode: .slot, minutes: 120, recurrence: .weekly, weekdays: [1, 3],
                       windowStart: Self.clock(9, 0), windowEnd: Self.clock(11, 0), preferredWorkerID: "W1"),
                Demand(id: "D2", householdID: "H2", category: .cleaning, mode: .order, minutes: 90, recurrence: .once, date: Self.tuesday,
                       windowStart: Self.clock(13, 0), windowEnd: Self.clock(17, 0)),
                Demand(id: "D3", householdID: "H2", category: .elderCare, mode: .order, minutes: 60, recurrence: .once, date: Self.thursday,
                       windowStart: Self.clock(9, 0), windowEnd: Self.clock(12, 0)),
            ]
        )
        assignments = [
            Self.row("D1", Self.monday, Self.clock(9, 0), minutes: 120, item: "CLN", price: Fen((4501 * 120 + 30) / 60)),
            Self.row("D1", Self.wednesday, Self.clock(9, 0), minutes: 120, item: "CLN", price: Fen((4501 * 120 + 30) / 60)),
            Self.row("D2", Self.tuesday, Self.clock(14, 0), minutes: 90, item: "CLN", price: Fen((4501 * 90 + 30) / 60)),
            Self.row("D3", Self.thursday, Self.clock(10, 0), minutes: 60, item: "CARE", price: Fen(8000)),
        ]
    }

    static func clock(_ h: Int, _ m: Int) -> TimeOfDay { TimeOfDay(minutes: h * 60 + m) }

    static func row(_ demand: String, _ date: Day, _ start: TimeOfDay, minutes: Int, worker: String = "W1", item: String, price: Fen) -> Assignment {
        Assignment(demandID: demand, date: date, start: start, end: TimeOfDay(minutes: start.minutes + minutes),
                   workerID: worker, enterpriseID: "E1", itemCode: item, price: price)
    }

    var checker: RosterChecker { RosterChecker(dataset: dataset, week: Self.week, includeIntermediary: includeIntermediary) }

    func check() -> CheckReport { checker.check(assignments: assignments, unmet: unmet) }

    /// The rules the roster breaks.
    var brokenRules: Set<HardRule> { Set(check().violations.map(\.rule)) }

    mutating func worker(_ id: String = "W1", _ change: (inout Worker) -> Void) {
        change(&dataset.workers[dataset.workers.firstIndex { $0.id == id }!])
    }

    mutating func demand(_ id: String, _ change: (inout Demand) -> Void) {
        change(&dataset.demands[dataset.demands.firstIndex { $0.id == id }!])
    }

    mutating func item(_ code: String, _ change: (inout MenuItem) -> Void) {
        change(&dataset.menu[dataset.menu.firstIndex { $0.itemCode == code }!])
    }

    /// Leaves only D1, on Monday only, and its row.
    mutating func keepMondayOnly() {
        dataset.demands.removeAll { $0.id != "D1" }
        demand("D1") { $0.weekdays = [1] }
        assignments.removeAll { $0.date != Self.monday }
    }

    /// Takes the visit's row off the roster and lists it unmet with `reason`.
    mutating func leaveUnmet(_ demand: String, _ date: Day, as reason: UnmetReason) {
        assignments.removeAll { $0.demandID == demand && $0.date == date }
        unmet.append(UnmetVisit(demandID: demand, date: date, reason: reason))
    }
}
