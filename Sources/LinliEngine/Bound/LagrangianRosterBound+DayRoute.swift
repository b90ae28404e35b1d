extension LagrangianRosterBound {
    /// Reusable arrays of the day-route recursion.
    struct Scratch {
        var best: [Double] = []
        var choice: [Int32] = []
        /// Jobs to examine at each free time (linked lists through `following`).
        var head: [Int32] = []
        var following: [Int32] = []
    }

    /// The best reduced profit of one worker-day route, with the jobs it uses counted into `used`; 0 for
    /// staying at home.
    ///
    /// Backward recursion over the free time t of a worker standing at some visit (the time-indexed route
    /// relaxation without elementarity of column generation for routing with time windows, Desrochers,
    /// Desrosiers and Solomon 1992): `best[t]` is the most the rest of the day can earn. A visit started from
    /// there begins at `max(t + link, release)` and then either goes on or goes home; the first visit is
    /// reached from home. `best` never rises with t, so a visit needs examining only at free times between its
    /// `lo` (earlier ones start it at its release as well) and `hi`; with a `grain` of g minutes it is examined
    /// every g minutes, each time as if the worker were free g − 1 minutes earlier, which only adds routes.
    /// - Complexity: O(shift minutes + Σ over the slot's visits of window slack ÷ grain); returns that work.
    @discardableResult
    func dayRoute(_ slot: Slot, reduced: [Double], scratch: inout Scratch, used: inout [Int32]) -> (value: Double, work: Int) {
        let length = Int(slot.length), base = slot.range.lowerBound
        let none = -Double.infinity
        // The scratch arrays are taken out for the recursion, so the hot loop works on plain locals.
        var best: [Double] = [], choice: [Int32] = [], head: [Int32] = [], following: [Int32] = []
        swap(&best, &scratch.best)
        swap(&choice, &scratch.choice)
        swap(&head, &scratch.head)
        swap(&following, &scratch.following)
        defer {
            swap(&best, &scratch.best)
            swap(&choice, &scratch.choice)
            swap(&head, &scratch.head)
            swap(&following, &scratch.following)
        }
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(none, count: length + 2))
        choice.removeAll(keepingCapacity: true)
        choice.append(contentsOf: repeatElement(-1, count: length + 2))
        head.removeAll(keepingCapacity: true)
        head.append(contentsOf: repeatElement(-1, count: length + 1))
        following.removeAll(keepingCapacity: true)
        following.append(contentsOf: repeatElement(-1, count: slot.range.count))
        for j in slot.range where jobs[j].lo <= jobs[j].hi {
            let t = Int(jobs[j].hi)
            following[j - base] = head[t]
            head[t] = Int32(j)
        }
        var work = length / 4
        /// The most a route can still earn after visit `job` ends at `end`: go home, or go on.
        func onward(_ job: Job, _ end: Int) -> Double {
            let home = end + Int(job.homeMinutes) <= length ? -job.homeCost : none
            return end <= length ? max(home, best[end]) : home
        }
        var t = length
        while t >= 0 {
            var value = best[t + 1], pick: Int32 = -1
            var k = head[t]
            while k >= 0 {
                let j = Int(k), job = jobs[j]
                k = following[j - base]
                let candidate = reduced[j] - job.linkCost + onward(job, job.end(freeAt: t))
                if candidate > value {
                    value = candidate
                    pick = Int32(j)
                }
                let below = t - Int(job.grain)
                if below >= Int(job.lo) {
                    following[j - base] = head[below]
                    head[below] = Int32(j)
                }
                work += 1
            }
            best[t] = value
            choice[t] = pick
            t -= 1
        }
        var value = 0.0, first = -1
        for j in slot.range {
            let job = jobs[j]
            let start = max(Int(job.homeMinutes), Int(job.release))
            guard start <= Int(job.latestStart) else { continue }
            let candidate = reduced[j] - job.homeCost + onward(job, start + Int(job.minutes))
            if candidate > value {
                value = candidate
                first = j
            }
        }
        guard first >= 0 else { return (0, work) }
        // Walk the chosen route to count its jobs.
        var j = first, end = max(Int(jobs[j].homeMinutes), Int(jobs[j].release)) + Int(jobs[j].minutes)
        while true {
            used[j] += 1
            let home = end + Int(jobs[j].homeMinutes) <= length ? -jobs[j].homeCost : none
            guard end <= length, best[end] > home else { break }
            var t = end
            while choice[t] < 0 { t += 1 }
            j = Int(choice[t])
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
