import LinliModel

/// A district of the size the store must handle quickly, generated deterministically.
/// Every array is sorted by its key, as ``LinliStore/AppDatabase/loadDataset()`` returns it.
enum LargeDistrict {
    static func dataset(workers workerCount: Int = 3000, households householdCount: Int = 20_000, demands demandCount: Int = 30_000) -> Dataset {
        var g = SeededGenerator(seed: 42)
        func id(_ prefix: String, _ i: Int) -> String { prefix + String(100_000 + i) }
        func near(_ base: GeoPoint) -> GeoPoint {
            GeoPoint(lat: base.lat + Double.random(in: -0.01...0.01, using: &g), lon: base.lon + Double.random(in: -0.01...0.01, using: &g))
        }
        let center = GeoPoint(lat: 30.27, lon: 120.15)
        let communities = (0..<40).map { Community(id: id("C", $0), name: "社区\($0)", location: near(center), households: 500 + $0) }
        let enterprises = (0..<30).map {
            Enterprise(id: id("E", $0), name: "企业\($0)", model: .employee, credit: .good, rating: Double($0 % 50) / 10)
        }
        let points = (0..<120).map { i in
            ServicePoint(
                id: id("P", i), name: "网点\(i)", communityID: communities[i % 40].id, location: near(communities[i % 40].location),
                radiusMeters: 1500, enterpriseIDs: [enterprises[i % 30].id, enterprises[(i + 7) % 30].id])
        }
        let menu = enterprises.flatMap { e in
            Category.allCases.sorted { $0.rawValue < $1.rawValue }.map { c in
                MenuItem(
                    enterpriseID: e.id, itemCode: c.rawValue, name: c.chineseName, category: c, mode: .both, unit: .hour,
                    price: Fen(Int.random(in: 3000...9000, using: &g)), minMinutes: 60, skillLevel: 1 + c.rawValue.count % 3)
            }
        }
        let shiftDays = (0..<20).flatMap { p in
            (1...5).map { ShiftDay(patternID: id("S", p), cycleWeek: 0, weekday: $0, start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 1020)) }
        }
        let workers = (0..<workerCount).map { i in
            let point = points[i % points.count]
            return Worker(
                id: id("W", i), enterpriseID: point.enterpriseIDs[i % 2], employment: .employee, name: "员工\(i)",
                home: near(point.location), pointID: point.id,
                skills: [Skill(category: .cleaning, level: 1 + i % 5), Skill(category: Category.allCases[i % 10], level: 3)]
                    .reduce(into: []) { list, s in if !list.contains(where: { $0.category == s.category }) { list.append(s) } },
                certificateUntil: Day(ordinal: 21_000 + i % 400), healthCheckedOn: Day(ordinal: 20_400 + i % 300),
                healthScope: .enhanced, trainedOn: Day(ordinal: 20_000 + i % 600), credit: .good, rating: 4.5,
                shiftPatternID: id("S", i % 20), rotationOffset: i % 2)
        }
        let households = (0..<householdCount).map { i in
            Household(id: id("H", i), communityID: communities[i % 40].id, location: near(communities[i % 40].location),
                      priorityGroup: PriorityGroup.allCases[i % 5])
        }
        let demands = (0..<demandCount).map { i in
            Demand(
                id: id("D", i), householdID: households[i % householdCount].id, category: Category.allCases[i % 10],
                mode: .slot, minutes: 120, recurrence: .weekly, weekdays: [1 + i % 7, 1 + (i + 3) % 7],
                windowStart: TimeOfDay(minutes: 540), windowEnd: TimeOfDay(minutes: 660),
                maxPrice: i % 3 == 0 ? Fen(20000) : nil, preferredWorkerID: i % 4 == 0 ? workers[i % workerCount].id : nil)
        }
        return Dataset(
            communities: communities, servicePoints: points, enterprises: enterprises, menu: menu, workers: workers,
            shiftDays: shiftDays, households: households, demands: demands)
    }

    /// A roster of `rows` assignments (and a tenth as many unmet visits) over `dataset`, in roster order.
    static func roster(_ dataset: Dataset, week: ISOWeek, rows: Int) -> Roster {
        let assignments = (0..<rows).map { i in
            let d = dataset.demands[i % dataset.demands.count]
            return Assignment(
                demandID: d.id, date: week.monday.adding(days: i % 7), start: TimeOfDay(minutes: 480 + i % 500),
                end: TimeOfDay(minutes: 600 + i % 500), workerID: dataset.workers[i % dataset.workers.count].id,
                enterpriseID: d.householdID, itemCode: d.category.rawValue, price: Fen(5000 + i % 977))
        }.sorted { ($0.workerID, $0.date, $0.start) < ($1.workerID, $1.date, $1.start) }
        let unmet = (0..<rows / 10).map { i in
            UnmetVisit(demandID: dataset.demands[i].id, date: week.monday.adding(days: i % 7), reason: UnmetReason.allCases[i % 5])
        }
        let summary = RosterSummary(
            week: week, parts: ScoreBreakdown(weightedMinutes: rows * 120, routeKm: 1234.5678, continuityDemands: 10, preferredVisits: 20),
            assignedVisits: rows, unmetVisits: unmet.count, demandedWeightedMinutes: rows * 150, unmetByReason: [:],
            upperBound: Double(rows * 130), seconds: 3.25)
        return Roster(week: week, options: RunOptions(), assignments: assignments, unmet: unmet, summary: summary)
    }
}
