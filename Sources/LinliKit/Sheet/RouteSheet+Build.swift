import LinliModel

extension RouteSheet {
    /// The sheet `request` asks for, from a published roster and the dataset it was made from.
    /// - Throws: ``KitError`` when the worker or household is unknown or the day lies outside the week.
    /// - Complexity: O(size of the dataset + rows of the roster × log rows).
    public static func build(_ request: SheetRequest, roster: Roster, dataset: Dataset) throws(KitError) -> RouteSheet {
        if let day = request.day, !request.week.contains(day) { throw .dayOutsideWeek(day: day, week: request.week) }
        let lookup = DatasetLookup(dataset)
        let dates = Set(request.day.map { [$0] } ?? request.week.days)
        switch request.subject {
        case let .worker(id):
            guard let worker = lookup.workers[id] else { throw .unknownWorker(id) }
            let rows = roster.assignments.filter { $0.workerID == id && dates.contains($0.date) }
            let days = Dictionary(grouping: rows, by: \.date).sorted { $0.key < $1.key }.map { date, rows in
                workerDay(date, rows: rows, home: worker.home, lookup)
            }
            let heading = Heading.worker(
                id: id, name: worker.name,
                enterprise: Named(id: worker.enterpriseID, name: lookup.enterprises[worker.enterpriseID]?.name ?? ""),
                basePoint: Named(id: worker.pointID, name: lookup.servicePoints[worker.pointID]?.name ?? "")
            )
            return RouteSheet(week: roster.week, day: request.day, heading: heading, days: days)
        case let .household(id):
            guard let household = lookup.households[id] else { throw .unknownHousehold(id) }
            let mine = { (demandID: String, date: Day) in
                dates.contains(date) && lookup.demands[demandID]?.householdID == id
            }
            let rows = roster.assignments.filter { mine($0.demandID, $0.date) }
            let unmet = roster.unmet.filter { mine($0.demandID, $0.date) }
            let visitDays = Dictionary(grouping: rows, by: \.date), unmetDays = Dictionary(grouping: unmet, by: \.date)
            let days = Set(visitDays.keys).union(unmetDays.keys).sorted().map { date in
                SheetDay(
                    date: date, visits: (visitDays[date] ?? []).sorted(by: startOrder).map { visit($0, leg: nil, lookup) },
                    legHome: nil, unmet: (unmetDays[date] ?? []).map { unmetVisit($0, lookup) }
                        .sorted { ($0.windowStart?.minutes ?? 0, $0.demandID) < ($1.windowStart?.minutes ?? 0, $1.demandID) }
                )
            }
            let heading = Heading.household(
                id: id, address: household.address,
                community: Named(id: household.communityID, name: lookup.community(of: household)?.name ?? ""),
                priorityGroup: household.priorityGroup
            )
            return RouteSheet(week: roster.week, day: request.day, heading: heading, days: days)
        }
    }

    /// A worker's day in route order, with the leg from home (or the previous visit) before each visit
    /// and the leg home after the last; two visits at one household have no travel between them.
    private static func workerDay(_ date: Day, rows: [Assignment], home: GeoPoint, _ lookup: DatasetLookup) -> SheetDay {
        var visits: [SheetVisit] = []
        var at: (id: String?, place: GeoPoint) = (nil, home)
        for row in rows.sorted(by: startOrder) {
            let household = lookup.household(ofDemand: row.demandID)
            let place = household?.location ?? at.place
            visits.append(visit(row, leg: leg(from: at, to: (household?.id, place)), lookup))
            at = (household?.id, place)
        }
        return SheetDay(date: date, visits: visits, legHome: leg(from: at, to: (nil, home)), unmet: [])
    }

    private static func leg(from a: (id: String?, place: GeoPoint), to b: (id: String?, place: GeoPoint)) -> TravelLeg {
        if let id = a.id, id == b.id { return TravelLeg(meters: 0, minutes: 0) }
        return TravelLeg(meters: a.place.distance(to: b.place), minutes: a.place.travelMinutes(to: b.place))
    }

    private static func startOrder(_ a: Assignment, _ b: Assignment) -> Bool {
        (a.start, a.demandID) < (b.start, b.demandID)
    }

    private static func visit(_ a: Assignment, leg: TravelLeg?, _ lookup: DatasetLookup) -> SheetVisit {
        let household = lookup.household(ofDemand: a.demandID)
        return SheetVisit(
            demandID: a.demandID, start: a.start, end: a.end, householdID: household?.id ?? "",
            address: household?.address, community: household.flatMap { lookup.community(of: $0)?.name } ?? "",
            workerID: a.workerID, workerName: lookup.workers[a.workerID]?.name ?? "",
            enterpriseName: lookup.enterprises[a.enterpriseID]?.name ?? "", itemCode: a.itemCode,
            itemName: lookup.menuItem(enterpriseID: a.enterpriseID, itemCode: a.itemCode, on: a.date)?.name ?? a.itemCode,
            category: lookup.demands[a.demandID]?.category, price: a.price, legBefore: leg
        )
    }

    private static func unmetVisit(_ u: UnmetVisit, _ lookup: DatasetLookup) -> SheetUnmet {
        let demand = lookup.demands[u.demandID]
        return SheetUnmet(
            demandID: u.demandID, category: demand?.category, minutes: demand?.minutes ?? 0,
            windowStart: demand?.windowStart, windowEnd: demand?.windowEnd, reason: u.reason
        )
    }
}
