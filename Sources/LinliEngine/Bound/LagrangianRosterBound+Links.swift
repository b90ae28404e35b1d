extension LagrangianRosterBound {
    /// This relaxation with tighter relaxed day routes: each job's leg in from ``tightenLinks(ofSlot:)``, and only
    /// jobs that pay taken (``payingJobsOnly``).
    /// - Complexity: O(Σ over worker-days of their jobs²).
    func tightened() -> LagrangianRosterBound {
        var tight = self
        for s in tight.slots.indices { tight.tightenLinks(ofSlot: s) }
        tight.payingJobsOnly = true
        return tight
    }

    /// Sets the leg into each job of worker-day `s` to the shortest exact leg from another of its jobs that
    /// can come before it, where the worker-day holds few enough jobs for exact legs (``Slot/legs``).
    ///
    /// The relaxed day route charges a visit reached from another visit the leg from the nearest visit of the
    /// whole district that day (``nearestOtherVisit(_:)``). In a route of this worker-day the visit before it
    /// is one of the worker-day's own jobs, and only one that can end, started at the earliest, early enough to
    /// reach it by its latest start; a job that none can precede is reached from home or not at all. Both the
    /// minutes and the kilometres stay lower bounds of the true leg, so the relaxation stays a relaxation.
    /// - Complexity: O(jobs of the worker-day²).
    mutating func tightenLinks(ofSlot s: Int) {
        let slot = slots[s]
        guard let legs = slot.legs else { return }
        let base = slot.range.lowerBound, n = legs.count
        var earliestEnd = [Int32](repeating: .max, count: n)
        for i in 0..<n {
            let job = jobs[base + i]
            let start = max(job.homeMinutes, job.release)
            if start <= job.latestStart { earliestEnd[i] = start + job.minutes }
        }
        for j in 0..<n {
            let next = jobs[base + j]
            var minutes = Int32.max, cost = Double.infinity
            for i in 0..<n where i != j && earliestEnd[i] != .max {
                let leg = i * n + j
                guard earliestEnd[i] + legs.minutes[leg] <= next.latestStart else { continue }
                minutes = min(minutes, legs.minutes[leg])
                cost = min(cost, legs.cost[leg])
            }
            let link = minutes == .max ? slot.length + 1 : minutes
            jobs[base + j].linkMinutes = max(next.linkMinutes, link)
            jobs[base + j].linkCost = minutes == .max ? 0 : max(next.linkCost, cost)
            jobs[base + j].lo = max(0, next.release - jobs[base + j].linkMinutes)
            jobs[base + j].hi = min(slot.length, next.latestStart - jobs[base + j].linkMinutes)
        }
    }
}
