import LinliModel

/// Hand-built districts and rosters for the store tests.
enum StoreFixture {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func time(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }
    static let week = ISOWeek(year: 2026, week: 48)!

    /// A small district that uses every column, optional values both set and absent, and lists in a non-sorted order.
    static var dataset: Dataset {
        Dataset(
            communities: [
                Community(id: "C1", name: "西湖社区", location: GeoPoint(lat: 30.2741, lon: 120.1551), households: 1200, street: "北山街道"),
                Community(id: "C2", name: "湖滨社区", location: GeoPoint(lat: 30.2590, lon: 120.1630), households: 800),
            ],
            servicePoints: [
                ServicePoint(
                    id: "P1", name: "西湖网点", communityID: "C1", location: GeoPoint(lat: 30.2745, lon: 120.1560),
                    radiusMeters: 1500.5, enterpriseIDs: ["E2", "E1"]),
                ServicePoint(
                    id: "P2", name: "湖滨网点", communityID: "C2", location: GeoPoint(lat: 30.2595, lon: 120.1635),
                    radiusMeters: 0.1 + 0.2, enterpriseIDs: ["E1"]),
            ],
            enterprises: [
                Enterprise(id: "E1", name: "安心家政", model: .employee, credit: .good, rating: 4.7),
                Enterprise(id: "E2", name: "好帮手", model: .mixed, credit: .warned),
            ],
            menu: [
                MenuItem(
                    enterpriseID: "E1", itemCode: "CL2", name: "日常保洁（2小时）", category: .cleaning, mode: .both,
                    unit: .hour, price: Fen(4550), minMinutes: 60, skillLevel: 1),
                MenuItem(
                    enterpriseID: "E1", itemCode: "CL2", name: "日常保洁（2小时）", category: .cleaning, mode: .both,
                    unit: .hour, price: Fen(4800), minMinutes: 60, skillLevel: 1, effectiveFrom: day("2026-11-01")),
                MenuItem(
                    enterpriseID: "E2", itemCode: "EC", name: "养老护理", category: .elderCare, mode: .slot,
                    unit: .visit, price: Fen(12000), minMinutes: 120, skillLevel: 3),
            ],
            workers: [
                Worker(
                    id: "W1", enterpriseID: "E1", employment: .employee, name: "王芳",
                    home: GeoPoint(lat: 30.27, lon: 120.15), pointID: "P1",
                    skills: [Skill(category: .elderCare, level: 4), Skill(category: .cleaning, level: 2)],
                    certificateUntil: day("2027-06-30"), healthCheckedOn: day("2026-03-01"), healthScope: .enhanced,
                    trainedOn: day("2025-09-10"), credit: .good, rating: 4.9, shiftPatternID: "ROT2",
                    rotationOffset: 1, maxWeekMinutes: 2400),
                Worker(
                    id: "W2", enterpriseID: "E2", employment: .intermediary, name: "李强",
                    home: GeoPoint(lat: 30.26, lon: 120.16), pointID: "P2", skills: [],
                    certificateUntil: nil, healthCheckedOn: day("2026-01-15"), healthScope: .basic,
                    trainedOn: day("2024-12-31"), credit: .warned, shiftPatternID: "DAY"),
            ],
            shiftDays: [
                ShiftDay(patternID: "DAY", cycleWeek: 0, weekday: 1, start: time("08:00"), end: time("17:00")),
                ShiftDay(patternID: "ROT2", cycleWeek: 0, weekday: 3, start: time("07:30"), end: time("24:00")),
                ShiftDay(patternID: "ROT2", cycleWeek: 1, weekday: 6, start: time("00:00"), end: time("12:00")),
            ],
            households: [
                Household(id: "H1", communityID: "C1", location: GeoPoint(lat: 30.2750, lon: 120.1570), priorityGroup: .elderlyAlone),
                Household(id: "H2", communityID: "C2", location: GeoPoint(lat: 30.2600, lon: 120.1640), priorityGroup: .none),
            ],
            demands: [
                Demand(
                    id: "D1", householdID: "H1", category: .elderCare, mode: .slot, minutes: 120, recurrence: .weekly,
                    weekdays: [5, 1, 3], windowStart: time("09:00"), windowEnd: time("11:00"), maxPrice: Fen(15000),
                    preferredWorkerID: "W1", activeFrom: day("2026-11-01"), activeUntil: day("2027-01-31")),
                Demand(
                    id: "D2", householdID: "H2", category: .cleaning, mode: .order, minutes: 90, recurrence: .once,
                    date: day("2026-11-25"), windowStart: time("13:00"), windowEnd: time("24:00")),
            ])
    }

    /// A roster of `week` over the fixture's demands, with `assignments` rows cycling over workers.
    static func roster(
        week: ISOWeek = week, seed: UInt64 = 7, assignments count: Int = 3, upperBound: Double? = 1234.5
    ) -> Roster {
        let workers = ["W1", "W2", "W3"]
        let rows = (0..<count).map { i in
            Assignment(
                demandID: "D\(i % 5)", date: week.monday.adding(days: i % 7), start: TimeOfDay(minutes: 480 + i % 600),
                end: TimeOfDay(minutes: 600 + i % 600), workerID: workers[i % workers.count], enterpriseID: "E1",
                itemCode: "CL2", price: Fen(9100 + i))
        }.sorted { ($0.workerID, $0.date, $0.start) < ($1.workerID, $1.date, $1.start) }
        let unmet = [
            UnmetVisit(demandID: "D1", date: week.monday, reason: .noTime),
            UnmetVisit(demandID: "D2", date: week.monday.adding(days: 2), reason: .overBudget),
        ]
        let parts = ScoreBreakdown(
            weightedMinutes: 360 + count, routeKm: 12.345678901234567, continuityDemands: 1, preferredVisits: 2,
            relationshipVisits: 3, scoresRelationships: false)
        let summary = RosterSummary(
            week: week, parts: parts, assignedVisits: rows.count, unmetVisits: unmet.count, demandedWeightedMinutes: 1000,
            unmetByReason: [.noTime: 1, .overBudget: 1], upperBound: upperBound, seconds: 0.123456789, relationshipPossible: 4)
        let options = RunOptions(includeIntermediary: true, seed: seed, timeLimit: 2.5, continuity: false)
        return Roster(week: week, options: options, assignments: rows, unmet: unmet, summary: summary)
    }
}
