import LinliModel

extension StaffPlan {
    /// `dataset` with the moves made and the hires added.
    ///
    /// A moved worker keeps home and everything else; only the base point changes. A hire is an
    /// employee of the enterprise, at home at the point, with a home-visit certificate valid a year past
    /// the week's Monday, a health check (enhanced when a skill is a care category) and training dated
    /// that Monday, good credit, and the shift pattern and rotation most common among the enterprise's
    /// workers (the district's when it has none). Ids are `<point>-NEW<n>`, skipping ids in use.
    /// - Throws: every unknown worker, point or enterprise, and every enterprise that does not operate
    ///   from the point named, as `file:line: column: message`.
    public func apply(to dataset: Dataset, week: ISOWeek) throws(DiagnosticsError) -> Dataset {
        var out = dataset
        let points = Dictionary(dataset.servicePoints.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let workerIndex = Dictionary(dataset.workers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let enterprises = Set(dataset.enterprises.map(\.id))
        var problems: [Diagnostic] = []
        func check(_ enterprise: String, at pointID: String, line: Int) -> ServicePoint? {
            guard let point = points[pointID] else {
                problems.append(.error(file: file, line: line, column: "point_id", "unknown point \"\(pointID)\" (neither existing nor added)"))
                return nil
            }
            guard point.enterpriseIDs.contains(enterprise) else {
                problems.append(.error(file: file, line: line, column: "point_id", "enterprise \"\(enterprise)\" does not operate from point \"\(pointID)\" (rule 9)"))
                return nil
            }
            return point
        }
        for move in moves {
            guard let w = workerIndex[move.workerID] else {
                problems.append(.error(file: file, line: move.line, column: "worker_id", "unknown worker \"\(move.workerID)\""))
                continue
            }
            if check(dataset.workers[w].enterpriseID, at: move.pointID, line: move.line) != nil { out.workers[w].pointID = move.pointID }
        }
        var used = Set(dataset.workers.map(\.id))
        for hire in hires {
            guard enterprises.contains(hire.enterpriseID) else {
                problems.append(.error(file: file, line: hire.line, column: "enterprise_id", "unknown enterprise \"\(hire.enterpriseID)\""))
                continue
            }
            guard let point = check(hire.enterpriseID, at: hire.pointID, line: hire.line) else { continue }
            guard let shift = Self.usualShift(of: hire.enterpriseID, in: dataset) else {
                problems.append(.error(file: file, line: hire.line, column: "enterprise_id", "the district has no worker whose shift pattern a hire could take"))
                continue
            }
            var n = 0
            for i in 1...hire.count {
                var id: String
                repeat {
                    n += 1
                    id = "\(hire.pointID)-NEW\(n)"
                } while used.contains(id)
                used.insert(id)
                out.workers.append(Worker(
                    id: id, enterpriseID: hire.enterpriseID, employment: .employee, name: "新员工\(i)", home: point.location, pointID: point.id,
                    skills: hire.skills, certificateUntil: week.monday.adding(days: 365), healthCheckedOn: week.monday,
                    healthScope: hire.skills.contains { $0.category.isCare } ? .enhanced : .basic, trainedOn: week.monday,
                    credit: .good, shiftPatternID: shift.pattern, rotationOffset: shift.offset))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return out
    }

    /// The (pattern, rotation offset) most workers of `enterprise` have, ties by pattern id then offset;
    /// the district's when the enterprise has no workers.
    static func usualShift(of enterprise: String, in dataset: Dataset) -> (pattern: String, offset: Int)? {
        func usual(_ workers: some Sequence<Worker>) -> (pattern: String, offset: Int)? {
            var counts: [String: [Int: Int]] = [:]
            for w in workers { counts[w.shiftPatternID, default: [:]][w.rotationOffset, default: 0] += 1 }
            return counts.flatMap { p, offsets in offsets.map { (pattern: p, offset: $0.key, count: $0.value) } }
                .min { ($1.count, $0.pattern, $0.offset) < ($0.count, $1.pattern, $1.offset) }
                .map { ($0.pattern, $0.offset) }
        }
        return usual(dataset.workers.lazy.filter { $0.enterpriseID == enterprise }) ?? usual(dataset.workers)
    }
}
