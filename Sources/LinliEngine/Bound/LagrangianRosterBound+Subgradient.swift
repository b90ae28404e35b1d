import LinliModel

extension LagrangianRosterBound {
    /// Limits of the subgradient search: deterministic, so the same part gets the same bound.
    struct Effort: Sendable {
        /// Most subgradient steps.
        var iterations = 300
        /// Most work units (``dayRoute(_:reduced:critical:scratch:)`` examinations and elementary partial routes) over
        /// all steps.
        var work = 20_000_000
        /// Steps without a new best value before the step length halves.
        var patience = 8
        /// Steps the work should allow at least: larger parts are examined on a coarser grain to afford them.
        var fullSteps = 40
        /// Most partial routes the elementary search (``elementaryRoute(_:legs:reduced:open:limit:route:)``)
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
        /// Most jobs of a worker-day whose repetition the last evaluation, at the multipliers of the lowest value,
        /// rules out in the relaxed day route (``relaxedRoute(_:reduced:critical:limit:scratch:route:)``); 0 skips that
        /// evaluation.
        var criticalJobs = 0
        /// Whether the relaxed day routes take only the jobs that pay and reach a job only from the jobs of its
        /// worker-day that can precede it (``tightened(deadline:)``). A tighter relaxation with cheaper steps, but under a
        /// clock the usual short bounds of generated tiny and small weeks came out looser with it (tiny seed 1:
        /// gaps of 0.55-0.69% in three runs against 0.35-0.45%), so only a proof uses it.
        var tightRelaxedRoutes = false
        /// Where the Polyak step aims, as a share of the way from the roster's score up to the lowest value found
        /// so far: 0 aims at the score itself. While the bound is still far above the score, steps aimed at the
        /// score overshoot; aiming part of the way up takes shorter ones (an estimate of the optimum as the
        /// target, as Held, Wolfe and Crowder do). Measured on generated medium seeds 1-3 with a 10 s proof:
        /// 0.3 gave gaps of 10.9, 10.3 and 8.4% where 0 gave 12.7, 12.5 and 8.7%; the usual bounds of small
        /// weeks gained nothing from it.
        var aim = 0.0

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

        /// Work units a long bound does in a second on the reference 2-core machine, about: the worker-days'
        /// routes are solved on both cores (``value(_:effort:criticalJobs:state:work:deadline:)``), and 2,700
        /// million took 28 and 25 s on generated medium seeds 1 and 3 (one part each), release build; on one
        /// core 1,800 million took 36 and 40 s. Shorter bounds do less per second (``share(visits:)``'s 46
        /// million took 1.4 s): their grain is coarser.
        static let workPerSecond = 90_000_000

        /// Steps a proof's work should allow at least (``fullSteps``): on a large week the subgradient needs steps
        /// more than fine examination. Generated large seed 1 (one part of 39,857 visits) with `--prove 300`
        /// reached 6,067,565 examined every 4 minutes in 420 steps, and 6,146,834 every minute in 113.
        static let proofFullSteps = 300

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
            effort.aim = 0.3
            effort.tightRelaxedRoutes = true
            effort.criticalJobs = 8
            effort.fullSteps = proofFullSteps
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
        if effort.tightRelaxedRoutes && !payingJobsOnly {
            guard let tight = tightened(deadline: deadline) else { return nil }
            return tight.bound(target: target, effort: effort, deadline: deadline, warm: &warm)
        }
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
        var state = Evaluation(self)
        var used = [Int32](repeating: 0, count: visitCount)
        var usedMinutes = [Double](repeating: 0, count: caps.count)
        var best = Double.infinity, stall = 0, work = 0
        for _ in 0..<effort.iterations {
            guard let value = value(
                Multipliers(lambda: lambda, mu: mu, rho: rho, theta: theta), effort: effort, criticalJobs: 0, state: &state, work: &work,
                deadline: deadline)
            else { return best.isFinite ? best : nil }
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
            let goal = target.map { $0 + effort.aim * max(0, best - $0) } ?? 0.95 * best
            if best <= goal + 1e-6 || theta < 1e-3 || work >= effort.work { break }
            for i in used.indices { used[i] = 0 }
            for i in usedMinutes.indices { usedMinutes[i] = 0 }
            for slot in slots {
                for j in slot.range where state.usedJobs[j] > 0 {
                    used[Int(jobs[j].visit)] += state.usedJobs[j]
                    usedMinutes[Int(slot.worker)] += Double(state.usedJobs[j]) * Double(jobs[j].minutes)
                }
            }
            var norm = 0.0
            for v in state.inJobs {
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
                        let g = continuityGradient(t, pair: p, chosen: state.chosen[d], used: state.usedJobs)
                        if g < 0 || rho[t] > 0 { norm += g * g }
                    }
                }
            }
            guard norm > 0 else { break }
            let step = theta * (value - goal) / norm
            for v in state.inJobs { lambda[Int(v)] = max(0, lambda[Int(v)] - step * (1 - Double(used[Int(v)]))) }
            for w in caps.indices { mu[w] = max(0, mu[w] - step * (caps[w] - usedMinutes[w]) / (scale * scale)) }
            for (d, pairs) in tieDemands.enumerated() where effort.adaptsContinuity {
                for p in pairs {
                    for t in tiePairs[p] {
                        rho[t] = max(0, rho[t] - step * continuityGradient(t, pair: p, chosen: state.chosen[d], used: state.usedJobs))
                    }
                }
            }
        }
        // One last evaluation at the lowest value's multipliers, with day routes that serve their repeated jobs
        // once: the Lagrangian function of a tighter subproblem, so never above the value found there.
        if effort.criticalJobs > 0, let m = lowest,
            let tight = value(m, effort: effort, criticalJobs: effort.criticalJobs, state: &state, work: &work, deadline: deadline) {
            best = min(best, tight)
        }
        return best
    }
}
