import LinliModel

extension LagrangianRosterBound {
    /// Limits of the subgradient search: deterministic, so the same part gets the same bound.
    struct Effort: Sendable {
        /// Most subgradient steps.
        var iterations = 300
        /// Most work units (``dayRoute(_:reduced:scratch:used:)`` examinations and elementary partial routes) over
        /// all steps.
        var work = 20_000_000
        /// Steps without a new best value before the step length halves.
        var patience = 8
        /// Steps the work should allow at least: larger parts are examined on a coarser grain to afford them.
        var fullSteps = 40
        /// Most partial routes the elementary search (``elementaryRoute(_:legs:reduced:open:limit:used:)``)
        /// examines for one worker-day in one step before that step falls back to the relaxed day route; 0 never
        /// searches.
        var elementaryNodes = 5_000
        /// Most jobs of positive reduced profit the elementary search takes on in one step. In the first steps,
        /// while the prices are low, nearly every job pays and the relaxed route is far cheaper; once the prices
        /// have settled, few do and the search is quick. Elementary routes are what makes the bound tight on
        /// small weeks: on generated small seed 2, 16 jobs and 5,000 routes give 39,809 where 10 and 1,000 give
        /// 40,008 (the roster scores 39,067), for about 0.4 s more.
        var elementaryOpenJobs = 16
        /// Whether the continuity multipliers (``ties``) follow the subgradient; false keeps their even split.
        var adaptsContinuity = true

        /// Work per visit of a part: the bound's time grows with the week's visits like the search's does,
        /// a few milliseconds per hundred visits on the reference machine.
        static let workPerVisit = 12_000

        /// Servable visits of the largest week the bound runs on: on bigger ones the effort per visit does not
        /// yet buy a bound tighter than the flow bound (measured on generated medium districts).
        static let largestWeek = 1_000

        /// The effort of a part holding `visits` visits.
        static func share(visits: Int) -> Effort {
            let (work, overflow) = visits.multipliedReportingOverflow(by: workPerVisit)
            return Effort(work: overflow ? Int.max : max(1_000_000, work))
        }

        /// The effort of the bound computed after a part's search that was given `budget` search work units:
        /// ``share(visits:)``, but never more work than that budget. A run given little time (a short
        /// `--time-limit`, which counts as effort without a clock) then gets a bound of the same modest effort
        /// instead of one that outlasts its search many times over. At the default limit only a part holding
        /// less than a twelfth of its week's visits reaches the cap (``share(visits:)`` has a floor).
        static func late(visits: Int, budget: Int) -> Effort {
            var effort = share(visits: visits)
            effort.work = max(1, min(effort.work, budget))
            return effort
        }

        /// Work units a long bound does in a second on the reference machine, about: on generated medium seed 1
        /// (3,795 visits, one part), 640 million took 9.4 s and 1,920 million 30 s, release build. Shorter
        /// bounds do less per second (``share(visits:)``'s 46 million took 1.4 s): their grain is coarser.
        static let workPerSecond = 60_000_000

        /// Steps of a proof per share of work it is given: four shares with 1,000 steps took medium seed 1
        /// from the flow's 16% to 11.3%, a hundred with 5,000 to 8%.
        static let proofStepsPerShare = 250

        /// The effort of `--prove`'s bound of a part holding `visits` visits, given `seconds` of the proof:
        /// that many seconds of work (``workPerSecond``) and steps in proportion to the work over
        /// ``share(visits:)``'s, from the usual 300 to 10,000, for any size of week.
        static func proof(visits: Int, seconds: Double) -> Effort {
            let usual = share(visits: visits)
            var effort = usual
            let work = max(0, seconds) * Double(workPerSecond)
            effort.work = work < Double(Int.max) ? max(usual.work, Int(work)) : Int.max
            let shares = Double(effort.work) / Double(max(1, usual.work))
            effort.iterations = Int(min(10_000, max(Double(Effort().iterations), shares * Double(proofStepsPerShare))))
            return effort
        }

        /// The effort of the bound computed before a part's search, to stop it once its roster is proven
        /// optimal: a quarter of ``share(visits:)``'s work and a fifth of its steps, with a lighter elementary
        /// search, so that the search keeps its time. It proves a roster the
        /// first steps already match (a part with no choice to make) and costs little where it cannot.
        static func early(visits: Int) -> Effort {
            var effort = share(visits: visits)
            effort.work = max(1, effort.work / 4)
            effort.iterations = Effort().iterations / 5
            effort.elementaryNodes = 1_000
            effort.elementaryOpenJobs = 10
            return effort
        }
    }

    /// The lowest Lagrangian value found, or nil when candidate lists were cut short or the deadline expired
    /// before a first value was complete.
    ///
    /// `target` is a score some roster of this part reaches (the solver's); the Polyak step aims at it, and
    /// the search stops once the bound proves it optimal. Without one it aims 5% below the best value.
    /// - Complexity: O(iterations × (Σ shift minutes + Σ window slack over candidate pairs)), capped by `effort`.
    func bound(target: Double?, effort: Effort = Effort(), deadline: Deadline = .never) -> Double? {
        var cold: Multipliers?
        return bound(target: target, effort: effort, deadline: deadline, warm: &cold)
    }

    /// The multipliers of the relaxation and the step's scale where a bound found its lowest value: a later
    /// bound of the same part starts there (a warm start) instead of from scratch.
    struct Multipliers: Sendable {
        var lambda: [Double]
        var mu: [Double]
        var rho: [Double]
        var theta: Double
    }

    /// As ``bound(target:effort:deadline:)``, starting from `warm` when given and leaving there the
    /// multipliers of the lowest value found, so that a second bound goes on where this one stopped.
    func bound(target: Double?, effort: Effort, deadline: Deadline, warm: inout Multipliers?) -> Double? {
        guard complete else { return nil }
        if jobs.isEmpty { return constant }
        let grain = grain(for: effort)
        guard grain == 1 else {
            var coarse = self
            for j in coarse.jobs.indices { coarse.jobs[j].grain = min(grain, max(1, coarse.jobs[j].minutes)) }
            return coarse.iterate(target: target, effort: effort, deadline: deadline, warm: &warm)
        }
        return iterate(target: target, effort: effort, deadline: deadline, warm: &warm)
    }

    /// The examination grain that lets `effort.work` pay for `effort.fullSteps` steps, from 1 to 15 minutes.
    func grain(for effort: Effort) -> Int32 {
        var step = 0
        for slot in slots { step += Int(slot.length) / 4 + 1 }
        for job in jobs where job.lo <= job.hi { step += Int(job.hi - job.lo) + 1 }
        let wanted = Double(step) * Double(effort.fullSteps) / Double(max(1, effort.work))
        return Int32(min(15, max(1, wanted.rounded(.up))))
    }

    private func iterate(target: Double?, effort: Effort, deadline: Deadline, warm: inout Multipliers?) -> Double? {
        var lambda = [Double](repeating: 0, count: visitCount)
        var mu = [Double](repeating: 0, count: caps.count)
        var rho = evenContinuity()
        var theta = 2.0
        if let start = warm, start.lambda.count == visitCount, start.mu.count == caps.count, start.rho.count == rho.count {
            (lambda, mu, rho, theta) = (start.lambda, start.mu, start.rho, start.theta)
        } else {
            for job in jobs {
                let profit = job.profit + (job.tie >= 0 ? rho[Int(job.tie)] : 0)
                lambda[Int(job.visit)] = max(lambda[Int(job.visit)], 0.5 * profit)
            }
        }
        var lowest: Multipliers?
        defer { if let lowest { warm = lowest } }
        var reduced = [Double](repeating: 0, count: jobs.count)
        var usedJobs = [Int32](repeating: 0, count: jobs.count)
        var used = [Int32](repeating: 0, count: visitCount)
        var usedMinutes = [Double](repeating: 0, count: caps.count)
        var chosen = [Int](repeating: -1, count: tieDemands.count)
        var scratch = Scratch()
        let inJobs = Set(jobs.map(\.visit)).sorted()
        var best = Double.infinity, stall = 0, work = 0
        for _ in 0..<effort.iterations {
            for j in jobs.indices {
                let job = jobs[j]
                reduced[j] = job.profit + (job.tie >= 0 ? rho[Int(job.tie)] : 0) - lambda[Int(job.visit)]
            }
            for slot in slots {
                let m = mu[Int(slot.worker)]
                guard m > 0 else { continue }
                for j in slot.range { reduced[j] -= m * Double(jobs[j].minutes) }
            }
            for i in usedJobs.indices { usedJobs[i] = 0 }
            var value = constant + continuityValue(rho, chosen: &chosen)
            for v in inJobs { value += lambda[Int(v)] }
            for w in caps.indices { value += mu[w] * caps[w] }
            for slot in slots {
                if deadline.isExpired { return best.isFinite ? best : nil }
                let (route, cost) = if effort.elementaryNodes > 0, let legs = slot.legs,
                    let exact = elementaryRoute(
                        slot, legs: legs, reduced: reduced, open: effort.elementaryOpenJobs, limit: effort.elementaryNodes, used: &usedJobs) {
                    exact
                } else {
                    dayRoute(slot, reduced: reduced, scratch: &scratch, used: &usedJobs)
                }
                value += route
                work += cost
            }
            if value < best - 1e-9 {
                best = value
                stall = 0
                lowest = Multipliers(lambda: lambda, mu: mu, rho: rho, theta: theta)
            } else {
                stall += 1
                if stall >= effort.patience {
                    theta /= 2
                    stall = 0
                }
            }
            let goal = target ?? 0.95 * best
            if best <= goal + 1e-6 || theta < 1e-3 || work >= effort.work { break }
            for i in used.indices { used[i] = 0 }
            for i in usedMinutes.indices { usedMinutes[i] = 0 }
            for slot in slots {
                for j in slot.range where usedJobs[j] > 0 {
                    used[Int(jobs[j].visit)] += usedJobs[j]
                    usedMinutes[Int(slot.worker)] += Double(usedJobs[j]) * Double(jobs[j].minutes)
                }
            }
            var norm = 0.0
            for v in inJobs {
                let g = 1 - Double(used[Int(v)])
                if g < 0 || lambda[Int(v)] > 0 { norm += g * g }
            }
            // The week cap is counted in hundreds of minutes, so that its subgradient does not drown the visits'.
            let scale = 100.0
            for w in caps.indices {
                let g = (caps[w] - usedMinutes[w]) / scale
                if g < 0 || mu[w] > 0 { norm += g * g }
            }
            for (d, pairs) in tieDemands.enumerated() where effort.adaptsContinuity {
                for p in pairs {
                    for t in tiePairs[p] {
                        let g = continuityGradient(t, pair: p, chosen: chosen[d], used: usedJobs)
                        if g < 0 || rho[t] > 0 { norm += g * g }
                    }
                }
            }
            guard norm > 0 else { break }
            let step = theta * (value - goal) / norm
            for v in inJobs { lambda[Int(v)] = max(0, lambda[Int(v)] - step * (1 - Double(used[Int(v)]))) }
            for w in caps.indices { mu[w] = max(0, mu[w] - step * (caps[w] - usedMinutes[w]) / (scale * scale)) }
            for (d, pairs) in tieDemands.enumerated() where effort.adaptsContinuity {
                for p in pairs {
                    for t in tiePairs[p] {
                        rho[t] = max(0, rho[t] - step * continuityGradient(t, pair: p, chosen: chosen[d], used: usedJobs))
                    }
                }
            }
        }
        return best
    }
}
