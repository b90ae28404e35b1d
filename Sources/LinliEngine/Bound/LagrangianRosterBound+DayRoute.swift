extension LagrangianRosterBound {
    /// Reusable arrays of the day-route recursion.
    struct Scratch {
        var best: [Double] = []
        var choice: [Int32] = []
        /// Jobs to examine at each free time (linked lists through `following`).
        var head: [Int32] = []
        var following: [Int32] = []
        /// Each job's bit among the worker-day's critical jobs (0 for the others), by local index.
        var bit: [UInt32] = []
        /// Times each job occurs in the route just walked, by local index.
        var count: [Int32] = []
        /// The jobs of the route just walked, in order.
        var route: [Int32] = []
    }

    /// The best reduced profit of one worker-day route, with the jobs it uses appended to `route`; 0 for
    /// staying at home.
    ///
    /// Decremental state-space relaxation (Righini and Salani, "New dynamic programming algorithms for the
    /// resource constrained elementary shortest path problem", Networks 51, 2008) over
    /// ``dayRoute(_:reduced:critical:scratch:)``: a route that serves a job twice makes that job *critical*,
    /// and the recursion is solved again remembering which critical jobs the route has served, until the best
    /// route repeats none or `limit` jobs are critical. `critical` starts with the jobs already known to be
    /// critical and ends with those the route made so.
    /// - Complexity: O(2^|critical| × the relaxed recursion) per solve, at most `limit` + 1 solves; returns that
    ///   work.
    func relaxedRoute(
        _ slot: Slot, reduced: [Double], critical: inout [Int32], limit: Int, scratch: inout Scratch, route: inout [Int32]
    ) -> (value: Double, work: Int) {
        var work = 0
        while true {
            let (value, cost) = dayRoute(slot, reduced: reduced, critical: critical, scratch: &scratch)
            work += cost
            let base = slot.range.lowerBound
            var repeated = false
            for j in scratch.route where critical.count < limit && scratch.count[Int(j) - base] > 1 && !critical.contains(j) {
                critical.append(j)
                repeated = true
            }
            if repeated { continue }
            route.append(contentsOf: scratch.route)
            return (value, work)
        }
    }

    /// The best reduced profit of one worker-day route that serves each of the `critical` jobs at most once
    /// (the others may repeat), its jobs left in `scratch.route` (with their multiplicities in `scratch.count`);
    /// 0 and an empty route for staying at home.
    ///
    /// Backward recursion over the free time t of a worker standing at some visit (the time-indexed route
    /// relaxation without elementarity of column generation for routing with time windows, Desrochers,
    /// Desrosiers and Solomon 1992), and over the set S of critical jobs already served: `best[t, S]` is the
    /// most the rest of the day can earn. A visit started from there begins at `max(t + link, release)` and
    /// then either goes on or goes home; the first visit is reached from home. `best` never rises with t, so a
    /// visit needs examining only at free times between its `lo` (earlier ones start it at its release as
    /// well) and `hi`; with a `grain` of g minutes it is examined every g minutes, each time as if the worker
    /// were free g − 1 minutes earlier, which only adds routes.
    /// - Complexity: O(2^|critical| × (shift minutes + Σ over the slot's visits of window slack ÷ grain));
    ///   returns that work.
    func dayRoute(_ slot: Slot, reduced: [Double], critical: [Int32], scratch: inout Scratch) -> (value: Double, work: Int) {
        let length = Int(slot.length), base = slot.range.lowerBound
        let states = 1 << critical.count
        let none = -Double.infinity
        // The scratch arrays are taken out for the recursion, so the hot loop works on plain locals.
        var best: [Double] = [], choice: [Int32] = [], head: [Int32] = [], following: [Int32] = [], bit: [UInt32] = []
        swap(&best, &scratch.best)
        swap(&choice, &scratch.choice)
        swap(&head, &scratch.head)
        swap(&following, &scratch.following)
        swap(&bit, &scratch.bit)
        defer {
            swap(&best, &scratch.best)
            swap(&choice, &scratch.choice)
            swap(&head, &scratch.head)
            swap(&following, &scratch.following)
            swap(&bit, &scratch.bit)
        }
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(none, count: (length + 2) * states))
        choice.removeAll(keepingCapacity: true)
        choice.append(contentsOf: repeatElement(-1, count: (length + 2) * states))
        head.removeAll(keepingCapacity: true)
        head.append(contentsOf: repeatElement(-1, count: length + 1))
        following.removeAll(keepingCapacity: true)
        following.append(contentsOf: repeatElement(-1, count: slot.range.count))
        bit.removeAll(keepingCapacity: true)
        bit.append(contentsOf: repeatElement(0, count: slot.range.count))
        for (b, j) in critical.enumerated() { bit[Int(j) - base] = 1 << UInt32(b) }
        // With `payingJobsOnly`, a job that does not pay is left out: dropping a visit from a route with exact
        // legs never makes the rest of it later or longer (see ``elementaryRoute(_:legs:reduced:open:limit:route:)``),
        // so the best route holds none, and the recursion over the paying jobs still relaxes it.
        let floor = payingJobsOnly ? 0 : -Double.infinity
        for j in slot.range where jobs[j].lo <= jobs[j].hi && reduced[j] > floor {
            let t = Int(jobs[j].hi)
            following[j - base] = head[t]
            head[t] = Int32(j)
        }
        var work = length / 4 * states
        /// The most a route in state `s` can still earn after visit `job` ends at `end`: go home, or go on.
        func onward(_ job: Job, _ end: Int, _ s: Int) -> Double {
            let home = end + Int(job.homeMinutes) <= length ? -job.homeCost : none
            return end <= length ? max(home, best[end * states + s]) : home
        }
        var t = length
        while t >= 0 {
            let row = t * states
            for s in 0..<states { best[row + s] = best[row + states + s] }
            var k = head[t]
            while k >= 0 {
                let j = Int(k), job = jobs[j], b = Int(bit[j - base])
                k = following[j - base]
                let end = job.end(freeAt: t), gain = reduced[j] - job.linkCost
                for s in 0..<states where s & b == 0 {
                    let candidate = gain + onward(job, end, s | b)
                    if candidate > best[row + s] {
                        best[row + s] = candidate
                        choice[row + s] = Int32(j)
                    }
                }
                let below = t - Int(job.grain)
                if below >= Int(job.lo) {
                    following[j - base] = head[below]
                    head[below] = Int32(j)
                }
                work += states
            }
            t -= 1
        }
        var value = 0.0, first = -1
        for j in slot.range where reduced[j] > floor {
            let job = jobs[j]
            let start = max(Int(job.homeMinutes), Int(job.release))
            guard start <= Int(job.latestStart) else { continue }
            let candidate = reduced[j] - job.homeCost + onward(job, start + Int(job.minutes), Int(bit[j - base]))
            if candidate > value {
                value = candidate
                first = j
            }
        }
        scratch.route.removeAll(keepingCapacity: true)
        scratch.count.removeAll(keepingCapacity: true)
        scratch.count.append(contentsOf: repeatElement(0, count: slot.range.count))
        guard first >= 0 else { return (0, work) }
        // Walk the chosen route to list its jobs.
        var j = first, end = max(Int(jobs[j].homeMinutes), Int(jobs[j].release)) + Int(jobs[j].minutes)
        var s = Int(bit[j - base])
        while true {
            scratch.route.append(Int32(j))
            scratch.count[j - base] += 1
            let home = end + Int(jobs[j].homeMinutes) <= length ? -jobs[j].homeCost : none
            guard end <= length, best[end * states + s] > home else { break }
            var t = end
            while choice[t * states + s] < 0 { t += 1 }
            j = Int(choice[t * states + s])
            s |= Int(bit[j - base])
            end = jobs[j].end(freeAt: t)
        }
        return (value, work)
    }
}

extension LagrangianRosterBound.Job {
    /// When the visit ends if examined at free time `t` after another visit: it starts as if the worker
    /// were free at the bottom of t's grain, which is never later than t; the end still lies after t
    /// because the grain is at most the visit's minutes.
    @inline(__always)
    func end(freeAt t: Int) -> Int {
        let free = max(Int(lo), t - Int(grain) + 1)
        return max(free + Int(linkMinutes), Int(release)) + Int(minutes)
    }
}
