import LinliModel

/// Per-worker facts as flat integer tables, so the builder's inner loop touches no strings.
struct WorkerTables: Sendable {
    let workers: [Problem.WorkerInfo]
    /// Rules 3, 4 (date part), 5 and 14 per `worker * 7 + day`.
    let dayValid: [Bool]
    /// Health scope is enhanced (rule 4, care categories).
    let enhanced: [Bool]
    /// Skill level per `worker * categories + category` (0 = none).
    let levels: [Int]
    /// Employer index, or -1.
    let enterprise: [Int]
    /// Workers structurally able to serve from each point (rules 1, 2 and the point half of rule 9), per
    /// `point * categories + category`, highest level in the category first (then by index), so a demand's
    /// scan stops at the first worker below every item's skill level. The level rides along, so that test
    /// reads no other table.
    let rankedAtPoint: [[(worker: Int, level: Int)]]
    /// Class of workers alike in everything but their home.
    let classes: [Int32]

    init(index: DistrictIndex, includeIntermediary: Bool) {
        let ds = index.dataset
        let categories = Category.allCases
        workers = index.shifts.enumerated().map { w, windows in
            Problem.WorkerInfo(
                home: Location(ds.workers[w].home),
                shiftStart: SIMD8(windows.map { $0.map { Int32($0.start.minutes) } ?? -1 } + [-1]),
                shiftEnd: SIMD8(windows.map { $0.map { Int32($0.end.minutes) } ?? -1 } + [-1]),
                weekCap: Int32(clamping: ds.workers[w].maxWeekMinutes),
                available: Int32(clamping: Workload.availableMinutes(
                    windows: windows, absent: { index.absent[w][$0] }, weekCap: ds.workers[w].maxWeekMinutes))
            )
        }
        dayValid = ds.workers.enumerated().flatMap { i, w in
            index.days.enumerated().map { d, date in
                (w.certificateUntil.map { $0 >= date } ?? false) && w.hasCurrentHealthCheck(on: date) && w.hasCurrentTraining(on: date)
                    && !index.absent[i][d]
            }
        }
        enhanced = ds.workers.map { $0.healthScope == .enhanced }
        levels = ds.workers.flatMap { w in categories.map { w.level(in: $0) } }
        enterprise = ds.workers.map { index.enterpriseIndex[$0.enterpriseID] ?? -1 }
        var atPoint = Array(repeating: [Int](), count: ds.servicePoints.count)
        for (w, worker) in ds.workers.enumerated() {
            guard includeIntermediary || worker.employment == .employee, worker.credit != .dishonest,
                  let e = index.enterpriseIndex[worker.enterpriseID], ds.enterprises[e].credit != .dishonest,
                  let p = index.pointIndex[worker.pointID], index.pointEnterprises[p].contains(e)
            else { continue }
            atPoint[p].append(w)
        }
        let levels = levels
        rankedAtPoint = atPoint.flatMap { workers in
            categories.indices.map { c in
                workers.map { (worker: $0, level: levels[$0 * categories.count + c]) }
                    .sorted { a, b in a.level != b.level ? a.level > b.level : a.worker < b.worker }
            }
        }
        var classIndex: [[Int]: Int32] = [:]
        var classes: [Int32] = []
        for (w, worker) in ds.workers.enumerated() {
            var key = [index.pointIndex[worker.pointID] ?? -1, enterprise[w], Int(workers[w].weekCap), enhanced[w] ? 1 : 0]
            key += levels[(w * categories.count)..<((w + 1) * categories.count)]
            key += dayValid[(w * 7)..<((w + 1) * 7)].map { $0 ? 1 : 0 }
            for d in 0..<7 { key += [Int(workers[w].shiftStart[d]), Int(workers[w].shiftEnd[d])] }
            key.append(atPoint.indices.contains(key[0]) && atPoint[key[0]].contains(w) ? 1 : 0)
            if let c = classIndex[key] { classes.append(c) } else {
                let c = Int32(classIndex.count)
                classIndex[key] = c
                classes.append(c)
            }
        }
        self.classes = classes
    }
}
