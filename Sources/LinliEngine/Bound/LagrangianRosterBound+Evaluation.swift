import LinliModel

extension LagrangianRosterBound {
    /// Working arrays of the Lagrangian function's evaluations, kept from one subgradient step to the next.
    struct Evaluation {
        var reduced: [Double]
        /// Times the routes of the last evaluation use each job.
        var usedJobs: [Int32]
        /// Each continuity demand's worker in the last evaluation (``continuityValue(_:chosen:)``).
        var chosen: [Int]
        /// The visits that some job offers, ascending.
        let inJobs: [Int32]

        init(_ bound: LagrangianRosterBound) {
            reduced = .init(repeating: 0, count: bound.jobs.count)
            usedJobs = .init(repeating: 0, count: bound.jobs.count)
            chosen = .init(repeating: -1, count: bound.tieDemands.count)
            inJobs = Set(bound.jobs.map(\.visit)).sorted()
        }
    }

    /// The worker-days (as ranges of ``slots``) whose routes one evaluation hands out to threads together.
    ///
    /// Up to ``batchCount`` consecutive runs of equal size. The batches only share out the work: every route is
    /// the same whichever batch solves it and the value is summed in worker-day order, so the bound does not
    /// depend on the number of cores.
    var batches: [Range<Int>] {
        let count = min(Self.batchCount, max(1, slots.count / max(1, slotsPerBatch)))
        return (0..<count).map { b in (b * slots.count / count)..<((b + 1) * slots.count / count) }
    }

    /// Most batches of one evaluation: enough to keep a few cores busy although worker-days differ in cost.
    static let batchCount = 16
    /// Fewest worker-days worth a batch of their own (``slotsPerBatch``): below that, handing them to another core
    /// costs more than their routes.
    static let defaultSlotsPerBatch = 64

    /// The Lagrangian function at the multipliers `m`: Σλ + Σμ × cap + the continuity terms + the best route
    /// of every worker-day at the reduced profits, an upper bound on every roster's score; nil when the
    /// deadline expires first. The routes' jobs are left in `state.usedJobs`, the work added to `work`.
    ///
    /// A worker-day takes the elementary route search where it affords it, and otherwise the relaxed route
    /// that serves up to `criticalJobs` of its repeated jobs once. The worker-days' routes are independent
    /// given the multipliers, so they are solved in ``batches`` on all cores.
    /// - Complexity: O(Σ over worker-days of their route search), see ``elementaryRoute(_:legs:reduced:open:limit:route:)``
    ///   and ``relaxedRoute(_:reduced:critical:limit:scratch:route:)``.
    func value(
        _ m: Multipliers, effort: Effort, criticalJobs: Int, state: inout Evaluation, work: inout Int, deadline: Deadline
    ) -> Double? {
        for j in jobs.indices {
            let job = jobs[j]
            state.reduced[j] = job.profit + (job.tie >= 0 ? m.rho[Int(job.tie)] : 0) - m.lambda[Int(job.visit)]
        }
        for slot in slots {
            let mu = m.mu[Int(slot.worker)]
            guard mu > 0 else { continue }
            for j in slot.range { state.reduced[j] -= mu * Double(jobs[j].minutes) }
        }
        let batches = self.batches, reduced = state.reduced
        let results = ParallelBatches<Routes?>.run(batches.count) { [self] b in
            var routes = Routes(), critical: [Int32] = [], scratch = Scratch()
            for s in batches[b] {
                if deadline.isExpired { return nil }
                let slot = slots[s]
                let (value, cost) = if effort.elementaryNodes > 0, let legs = slot.legs,
                    let exact = elementaryRoute(
                        slot, legs: legs, reduced: reduced, open: effort.elementaryOpenJobs, limit: effort.elementaryNodes,
                        route: &routes.jobs) {
                    exact
                } else {
                    relaxedRoute(
                        slot, reduced: reduced, critical: &critical, limit: criticalJobs, scratch: &scratch, route: &routes.jobs)
                }
                critical.removeAll(keepingCapacity: true)
                routes.values.append(value)
                routes.work += cost
            }
            return routes
        }
        var value = constant + continuityValue(m.rho, chosen: &state.chosen)
        for v in state.inJobs { value += m.lambda[Int(v)] }
        for w in caps.indices { value += m.mu[w] * caps[w] }
        for i in state.usedJobs.indices { state.usedJobs[i] = 0 }
        // The batches are consecutive runs of worker-days, so this adds the routes in worker-day order.
        for routes in results {
            guard let routes else { return nil }
            for route in routes.values { value += route }
            for j in routes.jobs { state.usedJobs[Int(j)] += 1 }
            work += routes.work
        }
        return value
    }
}

extension LagrangianRosterBound {
    /// Routes of one batch of worker-days: each worker-day's value, the jobs they use and the work.
    struct Routes: Sendable {
        var values: [Double] = []
        var jobs: [Int32] = []
        var work = 0
    }
}
