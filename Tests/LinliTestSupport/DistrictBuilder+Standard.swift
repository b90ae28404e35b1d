import LinliModel

/// The standard entities the builder starts from and copies when adding.
extension DistrictBuilder {
    static func community(_ id: String) -> Community {
        Community(id: id, name: "翠苑社区", location: Fixtures.place(), households: 100, street: "翠苑街道")
    }

    static func point(_ id: String) -> ServicePoint {
        ServicePoint(id: id, name: "翠苑社区家政服务站", communityID: "C1", location: Fixtures.place(), radiusMeters: 2_000, enterpriseIDs: ["E1"])
    }

    static func enterprise(_ id: String) -> Enterprise {
        Enterprise(id: id, name: "安心家政服务有限公司", model: .employee, credit: .good, rating: 4.5)
    }

    static func menuItem(_ code: String, enterprise: String) -> MenuItem {
        MenuItem(
            enterpriseID: enterprise, itemCode: code, name: "日常保洁（按小时）", category: .cleaning, mode: .both,
            unit: .hour, price: Fen(5_000), minMinutes: 60, skillLevel: 1
        )
    }

    static func worker(_ id: String) -> Worker {
        Worker(
            id: id, enterpriseID: "E1", employment: .employee, name: "王秀英", home: Fixtures.place(east: -1_000), pointID: "P1",
            skills: [Skill(category: .cleaning, level: 3)], certificateUntil: Fixtures.monday.adding(days: 365),
            healthCheckedOn: Fixtures.monday.adding(days: -30), healthScope: .basic, trainedOn: Fixtures.monday.adding(days: -100),
            credit: .good, rating: 4.8, shiftPatternID: "DAY"
        )
    }

    static func household(_ id: String, east: Double, north: Double) -> Household {
        Household(id: id, communityID: "C1", location: Fixtures.place(east: east, north: north), priorityGroup: .none)
    }

    static func demand(_ id: String, household: String) -> Demand {
        Demand(
            id: id, householdID: household, category: .cleaning, mode: .slot, minutes: 120, recurrence: .weekly,
            weekdays: [1], windowStart: Fixtures.time("09:00"), windowEnd: Fixtures.time("11:00")
        )
    }

    static func shiftRows(_ id: String, cycleWeek: Int, weekdays: some Sequence<Int>, from start: String, to end: String) -> [ShiftDay] {
        weekdays.map { ShiftDay(patternID: id, cycleWeek: cycleWeek, weekday: $0, start: Fixtures.time(start), end: Fixtures.time(end)) }
    }
}
