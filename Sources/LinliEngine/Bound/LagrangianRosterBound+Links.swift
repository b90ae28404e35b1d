import LinliModel

extension LagrangianRosterBound {
    /// This relaxation with tighter relaxed day routes: each job's leg in from ``tightLinks(ofSlot:)``, and only
    /// jobs that pay taken (``payingJobsOnly``); nil when the deadline expires first.
    /// - Complexity: O(Σ over worker-days of their jobs²), in ``batches`` on all cores.
    func tightened(deadline: Deadline = .never) -> LagrangianRosterBound? {
        let batches = self.batches
        let links = ParallelBatches<[[Job]]?>.run(batches.count) { [self] b in
            var batch: [[Job]] = []
            for s in batches[b] {
                if deadline.isExpired { return nil }
                batch.append(tightLinks(ofSlot: s))
            }
            return batch
        }
        var tight = self
        for (batch, slotLinks) in zip(batches, links) {
            guard let slotLinks else { return nil }
            for (s, jobs) in zip(batch, slotLinks) { tight.jobs.replaceSubrange(slots[s].range, with: jobs) }
        }
        tight.payingJobsOnly = true
        return tight
    }

    /// The jobs of worker-day `s` with the leg into each set to the shortest exact leg from another of its jobs that
    /// can come before it.
    ///
    /// The relaxed day route charges a visit reached from another visit the leg from the nearest visit of the
    /// whole district that day (``nearestOtherVisit(_:)``). In a route of this worker-day the visit before it
    /// is one of the worker-day's own jobs, and only one that can end, started at the earliest, early enough to
    /// reach it by its latest start; a job that none can precede is reached from home or not at all. Both the
    /// minutes and the kilometres stay lower bounds of the true leg, so the relaxation stays a relaxation. The
    /// legs are the slot's ``Slot/legs`` where it keeps them, and otherwise measured here.
    /// - Complexity: O(jobs of the worker-day²) legs.
    func tightLinks(ofSlot s: Int) -> [Job] {
        let slot = slots[s]
        var tight = Array(jobs[slot.range])
        let base = slot.range.lowerBound, n = slot.range.count
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
                // A predecessor must end, started at its earliest, by the latest start; no leg is shorter than 0.
                guard earliestEnd[i] <= next.latestStart else { continue }
                let legMinutes: Int32, legCost: Double
                if let legs = slot.legs {
                    (legMinutes, legCost) = (legs.minutes[i * n + j], legs.cost[i * n + j])
                } else {
                    let metres = locations[base + i].distance(to: locations[base + j])
                    (legMinutes, legCost) = (travelMinutes(metres), ScoreBreakdown.kmPenalty * metres / 1000)
                }
                guard earliestEnd[i] + legMinutes <= next.latestStart else { continue }
                minutes = min(minutes, legMinutes)
                cost = min(cost, legCost)
            }
            let link = minutes == .max ? slot.length + 1 : minutes
            tight[j].linkMinutes = max(next.linkMinutes, link)
            tight[j].linkCost = minutes == .max ? 0 : max(next.linkCost, cost)
            tight[j].lo = max(0, next.release - tight[j].linkMinutes)
            tight[j].hi = min(slot.length, next.latestStart - tight[j].linkMinutes)
        }
        return tight
    }
}
