import LinliModel

extension DistrictDraft {
    /// Workers spread over points in proportion to the households they reach, each employed by an
    /// enterprise operating from that point, with skills that enterprise offers, a home a few km
    /// away, a shift pattern and rotation offset; a few percent carry one flaw that breaks a rule.
    ///
    /// - Complexity: O(workers × operators per point + households × points).
    mutating func hireWorkers(using rng: inout some RandomNumberGenerator) {
        let pointTable = WeightedTable(householdsReached())
        let patterns = WeightedTable(ShiftCatalog.shares.map(\.share))
        workersByPoint = Array(repeating: [], count: points.count)
        for w in 0..<profile.workers {
            let p = pointTable.draw(using: &rng)
            let ops = points[p].enterpriseIDs.map { enterpriseIndex[$0]! }
            let e = ops[rng.weighted(ops.map { enterpriseSizes[$0] })]
            let skills = drawSkills(offered: &offered[e], using: &rng)
            let pattern = ShiftCatalog.shares[patterns.draw(using: &rng)].id
            let partTime = pattern == ShiftCatalog.partTime
            var worker = Worker(
                id: Self.id("W", w + 1, width: 5), enterpriseID: enterprises[e].id,
                employment: rng.chance(Self.employeeShare(enterprises[e].model)) ? .employee : .intermediary,
                name: Names.worker(using: &rng),
                home: grid.moving(points[p].location, east: rng.gaussian() * 1_000, north: rng.gaussian() * 1_000),
                pointID: points[p].id, skills: skills,
                certificateUntil: monday.adding(days: rng.int(60...720)),
                healthCheckedOn: monday.adding(days: -rng.int(10...330)),
                healthScope: rng.chance(skills.contains { $0.category.isCare } ? 0.85 : 0.15) ? .enhanced : .basic,
                trainedOn: monday.adding(days: -rng.int(20...700)),
                credit: rng.chance(0.05) ? .warned : .good,
                rating: rng.chance(0.8) ? (rng.uniform(3.8, 5) * 10).rounded() / 10 : nil,
                shiftPatternID: pattern, rotationOffset: partTime ? 0 : rng.int(0...1),
                maxWeekMinutes: partTime ? ShiftCatalog.partTimeWeekMinutes
                    : rng.chance(0.15) ? rng.step(1_500...2_400, by: 60) : Worker.defaultMaxWeekMinutes
            )
            addFlaws(to: &worker, using: &rng)
            workers.append(worker)
            workersByPoint[p].append(w)
        }
        for p in points.indices { coverSkills(at: p, using: &rng) }
    }

    /// Teaches categories to employees of a point until every category has at least two skilled
    /// ones who may serve (or somewhat more than its share of the point's workforce), so rare
    /// categories stay servable; an employer without the category starts offering it.
    private mutating func coverSkills(at p: Int, using rng: inout some RandomNumberGenerator) {
        func employer(_ w: Int) -> Int { enterpriseIndex[workers[w].enterpriseID]! }
        let staff = workersByPoint[p].shuffled(using: &rng).filter {
            workers[$0].employment == .employee && workers[$0].credit != .dishonest && enterprises[employer($0)].credit != .dishonest
        }
        let totalWeight = CategoryMarket.all.reduce(0) { $0 + $1.demandWeight }
        for market in CategoryMarket.all {
            let c = market.category
            let target = max(2, Int((Double(staff.count) * market.demandWeight / totalWeight * 2).rounded()))
            var have = staff.count { workers[$0].level(in: c) >= 2 }
            let learners = staff.filter { workers[$0].level(in: c) == 0 && workers[$0].skills.count < 3 }
            let offering = learners.filter { offered[employer($0)].contains(c) }
            for w in offering + learners.filter({ !offered[employer($0)].contains(c) }) where have < target {
                let e = employer(w)
                if !offered[e].contains(c) { offered[e] = Category.allCases.filter { offered[e].contains($0) || $0 == c } }
                workers[w].skills.append(Skill(category: c, level: rng.int(2...4)))
                if c.isCare, rng.chance(0.85) { workers[w].healthScope = .enhanced }
                have += 1
            }
        }
    }

    /// Per point, the households within its radius, each shared equally among the points reaching it
    /// (on the flat local grid: close enough for weighting).
    private func householdsReached() -> [Double] {
        let centres = points.map { grid.offset(of: $0.location) }
        var reached = Array(repeating: 0.01, count: points.count)
        var reaching: [Int] = []
        for h in households {
            let o = grid.offset(of: h.location)
            reaching.removeAll(keepingCapacity: true)
            for (p, c) in centres.enumerated() {
                let dx = c.east - o.east, dy = c.north - o.north
                if dx * dx + dy * dy <= points[p].radiusMeters * points[p].radiusMeters { reaching.append(p) }
            }
            for p in reaching { reached[p] += 1 / Double(reaching.count) }
        }
        return reached
    }

    /// 1-3 categories of a trade (housekeeping, deep cleaning, elder or infant care, …) that the
    /// employer offers, or cleaning when it offers none of them; levels 1-5, mostly 3-4. Most often
    /// the employer takes up the trade's main category if it did not offer it yet.
    private func drawSkills(offered: inout [Category], using rng: inout some RandomNumberGenerator) -> [Skill] {
        let trade = Self.trades[rng.weighted(Self.trades.map(\.share))].skills
        if !offered.contains(trade[0]), rng.chance(0.8) { offered = Category.allCases.filter { offered.contains($0) || $0 == trade[0] } }
        var picked = zip(trade, [1, 0.85, 0.6]).filter { offered.contains($0.0) && rng.chance($0.1) }.map(\.0)
        if picked.isEmpty { picked = [.cleaning] }
        return picked.map { Skill(category: $0, level: 1 + rng.weighted([0.05, 0.2, 0.4, 0.25, 0.1])) }
    }

    /// The trades workers learn, main category first, with their share of the workforce.
    private static let trades: [(share: Double, skills: [Category])] = [
        (0.4, [.cleaning, .cooking, .laundry]),
        (0.1, [.organizing, .cleaning, .laundry]),
        (0.15, [.deepCleaning, .cleaning, .applianceCleaning]),
        (0.23, [.elderCare, .patientCare, .cooking]),
        (0.12, [.infantCare, .maternityCare, .laundry]),
    ]

    /// Independently, about 3% each: an expired (or missing) certificate, a stale health check,
    /// stale training, dishonest credit; about 1% a certificate that runs out mid-week.
    private func addFlaws(to worker: inout Worker, using rng: inout some RandomNumberGenerator) {
        if rng.chance(0.03) { worker.certificateUntil = rng.chance(0.3) ? nil : monday.adding(days: -rng.int(1...200)) }
        if rng.chance(0.01) { worker.certificateUntil = monday.adding(days: rng.int(0...5)) }
        if rng.chance(0.03) { worker.healthCheckedOn = monday.adding(days: -rng.int(370...500)) }
        if rng.chance(0.03) { worker.trainedOn = monday.adding(days: -rng.int(740...1_000)) }
        if rng.chance(0.03) { worker.credit = .dishonest }
    }

    /// Chance a worker of an enterprise with this model is an employee (员工制); ≈ 85% overall.
    private static func employeeShare(_ model: EnterpriseModel) -> Double {
        switch model {
        case .employee: 0.95
        case .mixed: 0.7
        case .intermediary: 0.3
        }
    }
}
