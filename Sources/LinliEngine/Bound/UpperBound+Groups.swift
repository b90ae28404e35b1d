import LinliModel

/// The flow's visit groups and the bonuses it counts.
extension UpperBound {
    /// The continuity bonus of every weekly demand whose visits all have candidates, the preferred-worker
    /// bonus of every visit its preferred worker could serve (of every servable visit with a preferred worker
    /// when candidate lists were cut short), and likewise the relationship bonus (``Problem/relationshipBound``).
    static func bonuses(_ problem: Problem) -> Int64 {
        var bonus: Int64 = 0
        for info in problem.demands where info.weekly && info.visits.allSatisfy({ problem.staticReason[Int($0)] == nil }) {
            bonus += 60
        }
        for v in problem.visits.indices where problem.visits[v].preferred >= 0 {
            if problem.candidatesComplete ? SolutionState.contains(problem.candidates(of: v), problem.visits[v].preferred)
                : problem.staticReason[v] == nil { bonus += 30 }
        }
        return bonus + Int64(problem.relationshipBound)
    }

    /// Visits alike for the flow: one node of it.
    struct GroupKey: Hashable {
        var day: Int32
        var weight: Int32
        /// Sorted classes of the visit's candidate workers.
        var classes: [Int32]
        /// The visits' window (minutes of the day) and length: alike visits share them; −1, −1 and 0 for windows
        /// wider than ``periodSlack`` allows, which skip the half hours.
        var windowStart: Int32
        var windowEnd: Int32
        var visitMinutes: Int32
        /// Score per minute of its visits: the weight plus the bonus shares (``continuityPerMinute(_:)``,
        /// ``visitBonus(_:_:)``) in a detailed flow, the weight alone otherwise.
        var density: Double
        /// Σ minutes of the group's visits.
        var minutes: Int32 = 0
        /// Number of the group's visits.
        var count: Int32 = 0

        static func == (a: GroupKey, b: GroupKey) -> Bool {
            a.day == b.day && a.weight == b.weight && a.classes == b.classes && a.windowStart == b.windowStart
                && a.windowEnd == b.windowEnd && a.visitMinutes == b.visitMinutes && a.density == b.density
        }

        func hash(into h: inout Hasher) {
            h.combine(day)
            h.combine(weight)
            h.combine(classes)
            h.combine(windowStart)
            h.combine(windowEnd)
            h.combine(visitMinutes)
            h.combine(density)
        }
    }

    /// Visits with candidates grouped by (day, weight, classes of their candidates, window, minutes, score per
    /// minute), in first-seen order, and the bonuses of visits without minutes; nil when the deadline expires first.
    static func groups(
        _ problem: Problem, detailed: Bool, deadline: Deadline = .never
    ) -> (groups: [GroupKey], constant: Double)? {
        var index: [GroupKey: Int] = [:]
        var order: [GroupKey] = []
        let continuity = detailed ? continuityPerMinute(problem) : Array(repeating: 0, count: problem.demands.count)
        var constant = detailed ? 0 : Double(bonuses(problem))
        for v in problem.visits.indices where problem.staticReason[v] == nil {
            if v % 1024 == 0 && deadline.isExpired { return nil }
            let visit = problem.visits[v]
            let bonus = detailed ? visitBonus(problem, v) : 0
            guard visit.minutes > 0 else {
                constant += bonus + continuity[Int(visit.demand)]
                continue
            }
            let classes = Array(Set(problem.candidates(of: v).map { problem.workerClass[Int($0)] })).sorted()
            // Wide windows skip the half hours, so their visits need not be told apart by window and length.
            let wide = !detailed || visit.windowEnd - visit.windowStart - visit.minutes > periodSlack
            let key = GroupKey(
                day: visit.day, weight: visit.weight, classes: classes, windowStart: wide ? -1 : visit.windowStart,
                windowEnd: wide ? -1 : visit.windowEnd, visitMinutes: wide ? 0 : visit.minutes,
                density: Double(visit.weight) + continuity[Int(visit.demand)] + bonus / Double(visit.minutes))
            if let g = index[key] {
                order[g].minutes += visit.minutes
                order[g].count += 1
            } else {
                index[key] = order.count
                var k = key
                k.minutes = visit.minutes
                k.count = 1
                order.append(k)
            }
        }
        return (order, constant)
    }

    /// The continuity bonus per minute of each demand's visits: 60 over the demand's minutes for a weekly demand
    /// whose visits all have candidates and some worker among the candidates of each (or a frozen row), 0
    /// otherwise. A roster earns the 60 only by serving every minute of the demand, so it earns no more than
    /// 60 × the share of the demand's minutes it serves: the linear relaxation of "all visits with one worker".
    static func continuityPerMinute(_ problem: Problem) -> [Double] {
        problem.demands.map { info in
            guard info.weekly, !info.visits.isEmpty,
                  info.visits.allSatisfy({ problem.staticReason[Int($0)] == nil }) else { return 0 }
            let minutes = info.visits.reduce(0) { $0 + Int(problem.visits[Int($1)].minutes) }
            if !info.visits.contains(where: { problem.visits[Int($0)].frozen }) {
                var common = Set(problem.candidates(of: Int(info.visits[0])))
                for v in info.visits.dropFirst() where !common.isEmpty {
                    common.formIntersection(problem.candidates(of: Int(v)))
                }
                if common.isEmpty { return 0 }
            }
            return minutes > 0 ? Double(ScoreBreakdown.continuityBonus) / Double(minutes) : 0
        }
    }

    /// The preferred-worker and relationship bonuses visit `v` could earn: each needs its worker among the
    /// visit's candidates, and is earned only with the whole visit.
    static func visitBonus(_ problem: Problem, _ v: Int) -> Double {
        let visit = problem.visits[v], candidates = problem.candidates(of: v)
        var bonus = 0
        if visit.preferred >= 0, SolutionState.contains(candidates, visit.preferred) { bonus += ScoreBreakdown.preferredBonus }
        if problem.options.continuity, visit.previous >= 0, SolutionState.contains(candidates, visit.previous) {
            bonus += ScoreBreakdown.relationshipBonus
        }
        return Double(bonus)
    }
}
