import LinliModel

extension DistrictDraft {
    /// The weeks of service records written before the default week: a month.
    static let historyWeeks = 4

    /// Leave, sick days and training for about one worker in twenty: most of them in the default week
    /// (the sick calls a replan answers), some in the next week and some in the month before.
    ///
    /// - Complexity: O(workers).
    mutating func takeLeave(using rng: inout some RandomNumberGenerator) {
        var out: [Absence] = []
        for worker in workers where rng.chance(0.05) {
            let (first, reason): (Day, AbsenceReason) =
                switch rng.weighted([0.55, 0.2, 0.25]) {
                case 0: (monday.adding(days: rng.int(0...5)), rng.chance(0.6) ? .sick : .leave)
                case 1: (monday.adding(days: rng.int(7...11)), rng.chance(0.5) ? .training : .leave)
                default: (monday.adding(days: -rng.int(3...(7 * Self.historyWeeks))), rng.chance(0.5) ? .sick : .leave)
                }
            let length = reason == .training ? 1 : 1 + rng.weighted([0.5, 0.3, 0.2])
            out.append(Absence(workerID: worker.id, from: first, until: first.adding(days: length - 1), reason: reason))
        }
        absences = out.sorted { ($0.workerID, $0.from) < ($1.workerID, $1.from) }
    }

    /// A month of what happened at the weekly visits before the default week (服务确认 and 评价): each
    /// demand served week after week by one plausible worker of an enterprise that offers it, mostly
    /// done with high stars, a few cancellations, absent households and no-shows, and complaints
    /// concentrated on a handful of careless workers, so that statements, histories, ratings and the
    /// credit review all have something to show.
    ///
    /// - Complexity: O(demands × history days + points × workers per point).
    mutating func recordPastMonth(using rng: inout some RandomNumberGenerator) {
        let skilled = points.indices.map { p in
            Category.allCases.map { c in workersByPoint[p].filter { workers[$0].level(in: c) > 0 } }
        }
        let workerIndex = Dictionary(workers.indices.map { (workers[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let householdIndex = Dictionary(households.indices.map { (households[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let careless = Set(workers.indices.filter { _ in rng.chance(0.02) })
        let away = Set(absences.flatMap { a in (0...(a.until.ordinal - a.from.ordinal)).map { AwayDay(workerID: a.workerID, day: a.from.adding(days: $0)) } })
        let offers = Dictionary(grouping: menu, by: { Offering(enterpriseID: $0.enterpriseID, category: $0.category) })
        let weeks = (1...Self.historyWeeks).reversed().map { ISOWeek(containing: monday.adding(days: -7 * $0)) }
        var out: [ServiceRecord] = []
        for demand in demands where demand.recurrence == .weekly {
            guard let h = householdIndex[demand.householdID],
                  let w = demand.preferredWorkerID.flatMap({ workerIndex[$0] })
                    ?? servingWorker(for: households[h], category: demand.category, among: skilled, using: &rng)
            else { continue }
            for week in weeks {
                for day in demand.visitDates(in: week) where !away.contains(AwayDay(workerID: workers[w].id, day: day)) {
                    let items = offers[Offering(enterpriseID: workers[w].enterpriseID, category: demand.category)] ?? []
                    guard let item = items.inForce(on: day).min(by: { $0.price.value < $1.price.value }) else { continue }
                    out.append(record(of: demand, on: day, by: workers[w].id, item: item, careless: careless.contains(w), using: &rng))
                }
            }
        }
        serviceRecords = out.sorted { ($0.date, $0.demandID) < ($1.date, $1.demandID) }
    }

    private func servingWorker(
        for household: Household, category: Category, among skilled: [[[Int]]], using rng: inout some RandomNumberGenerator
    ) -> Int? {
        var candidates: [Int] = []
        for (p, point) in points.enumerated() where point.reaches(household.location) {
            candidates += skilled[p][category.ordinal]
        }
        return candidates.isEmpty ? nil : rng.pick(candidates)
    }

    private func record(
        of demand: Demand, on day: Day, by workerID: String, item: MenuItem, careless: Bool,
        using rng: inout some RandomNumberGenerator
    ) -> ServiceRecord {
        var r = ServiceRecord(demandID: demand.id, date: day, workerID: workerID, status: .done)
        switch rng.weighted(careless ? [0.85, 0.04, 0.03, 0.08] : [0.93, 0.04, 0.025, 0.005]) {
        case 1: r.status = .householdCancelled; return r
        case 2: r.status = .householdAbsent; return r
        case 3: r.status = .workerNoShow; return r
        default: break
        }
        let slack = demand.windowEnd.minutes - demand.windowStart.minutes - demand.minutes
        let start = demand.windowStart.minutes + (slack > 0 ? rng.step(0...slack, by: 15) : 0)
        let end = min(start + demand.minutes + rng.weighted([0.7, 0.2, 0.1]) * 5, TimeOfDay.endOfDay.minutes)
        r.started = TimeOfDay(minutes: start)
        r.ended = TimeOfDay(minutes: end)
        r.price = item.price(forMinutes: demand.minutes)
        if rng.chance(0.7) {
            let stars = 5 - rng.weighted(careless ? [0.3, 0.3, 0.2, 0.1, 0.1] : [0.62, 0.28, 0.07, 0.02, 0.01])
            r.stars = stars
            r.complaint = .noComplaint
            if stars <= 2 {
                let serious = rng.chance(careless ? 0.5 : 0.1)
                r.complaint = serious ? .serious : .minor
                r.note = serious ? "未按约定完成服务" : "迟到二十分钟"
            }
        }
        return r
    }
}

/// A worker's day off, for looking absences up by day.
private struct AwayDay: Hashable {
    var workerID: String
    var day: Day
}

/// An enterprise's items of one category, for looking prices up.
private struct Offering: Hashable {
    var enterpriseID: String
    var category: Category
}
