import Dispatch
import LinliModel
import Synchronization

/// A pin that cannot be kept, with the rule it breaks.
public struct PinError: Error, Hashable, Sendable, CustomStringConvertible {
    public var pin: Pin
    public var rule: Int
    public var message: String

    public var description: String {
        "pin \(pin.demandID) \(pin.date) → \(pin.workerID): breaks rule \(rule): \(message)"
    }
}

extension Problem {
    /// Compiles one week of `dataset` for the solver.
    ///
    /// Rules 1-9 are evaluated once per (demand, worker) pair among the workers based at points within reach
    /// of the household (a bounding-box filter, then exact haversine), so the cost grows with
    /// demands × workers nearby, not demands × all workers. Chunks of demands are compiled on all cores and
    /// concatenated in order, so the result does not depend on the machine.
    /// Once the `deadline` has used ``Deadline/compileShare`` of the time, each later demand stops looking for
    /// workers as soon as every visit has ``hurriedCandidates`` candidates, starting its scan at a point and a
    /// worker of its own (so that neighbouring demands keep different workers): unmet reasons stay exact (a
    /// visit with no candidate is still searched in full), the roster only gets fewer choices, and
    /// ``candidatesComplete`` turns false.
    /// - Parameters:
    ///   - previous: each demand's last worker (``LastWeek/workers``), for stable relationships (相对稳定的服务关系);
    ///     read for weekly demands only, and scored only with `options.continuity`.
    ///   - pins: visits fixed to a worker (and maybe a start); validate them with ``validatePins(_:)``.
    ///   - replan: for a replan run, the roster it replaces: visits dated before its date are held as that
    ///     roster has them (rows frozen, unmet reasons kept, `past` for the rest); later visits remember
    ///     their previous worker and start for the stability term.
    /// - Complexity: O(H·P + D·W_near·I) for H households, P points, D demands, W_near workers within reach, I items.
    /// - Throws: ``PinError`` naming the rule an impossible pin breaks.
    public init(
        dataset: Dataset, week: ISOWeek, options: RunOptions, pins: [Pin] = [], previous: [String: String] = [:],
        replan: ReplanBasis? = nil, deadline: Deadline = .never
    ) throws(PinError) {
        let index = DistrictIndex(dataset: dataset, week: week)
        if !pins.isEmpty { try index.validate(pins: pins, includeIntermediary: options.includeIntermediary, replan: replan) }
        self.init(index: index, options: options, pins: pins, previous: previous, replan: replan, deadline: deadline)
    }

    /// Candidates kept per visit once the compile deadline has expired.
    static let hurriedCandidates = 6

    init(
        index: DistrictIndex, options: RunOptions, pins: [Pin], previous: [String: String], replan: ReplanBasis? = nil,
        deadline: Deadline = .never, chunk: Int = compileChunk
    ) {
        let ds = index.dataset
        self.week = index.week
        self.options = options
        let tables = WorkerTables(index: index, includeIntermediary: options.includeIntermediary)
        workerIDs = ds.workers.map(\.id)
        workerClass = tables.classes
        menu = ds.menu

        let compiler = DemandCompiler(
            index: index, tables: tables, offers: OfferTable(index: index),
            pinned: Dictionary(pins.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a }), previous: previous,
            history: ReplanHistory(replan)
        )
        let compiled = Self.compile(ds.demands.count, with: compiler, deadline: deadline, chunk: chunk)
        workers = Self.capsLessHistory(tables.workers, replan: replan, compiled: compiled, index: index)
        visits = compiled.visits
        demands = compiled.demands
        visitKeys = compiled.keys
        demandIDs = compiled.demandIDs
        demandMinutes = compiled.demandMinutes
        demandedWeightedMinutes = compiled.demanded
        candidateStart = compiled.candStart
        candidateWorkers = compiled.candWorkers
        candidateItems = compiled.candItems
        staticReason = compiled.reasons
        candidatesComplete = !compiled.hurried
        relationshipPossible = compiled.relationshipPossible
        // Only the flow bound reads the week's slots, and only over complete candidate lists (each part of the
        // search inverts its own): a hurried compile leaves every slot empty rather than spend time on them.
        (slotVisitStart, slotVisits) = compiled.hurried
            ? ([Int32](repeating: 0, count: workers.count * 7 + 1), [])
            : Self.invert(candStart: compiled.candStart, candWorkers: compiled.candWorkers, visits: compiled.visits, workerCount: workers.count)
        deadline.reached(.compile)
    }

    /// The workers with each week cap less the minutes of a replan's frozen rows that are no visit of the
    /// compiled week (cancelled since, or a demand's days changed): such a row stays on the roster and counts
    /// toward its worker's week cap (Docs/Rules.md "Replanning"), but no visit of the search carries its minutes.
    /// Frozen rows that are still visits are pinned to their worker and counted by the search itself.
    /// - Complexity: O(frozen rows + visits).
    static func capsLessHistory(
        _ workers: [WorkerInfo], replan: ReplanBasis?, compiled: DemandCompiler.Chunk, index: DistrictIndex
    ) -> [WorkerInfo] {
        guard let replan else { return workers }
        var held = Set<VisitKey>()
        for (k, visit) in compiled.visits.enumerated() where visit.frozen { held.insert(compiled.keys[k]) }
        var out = workers
        for row in replan.frozenRows where !held.contains(row.visit) {
            guard let w = index.workerIndex[row.workerID] else { continue }
            let minutes = Int32(clamping: max(0, row.end.minutes - row.start.minutes))
            out[w].weekCap = max(0, out[w].weekCap - minutes)
        }
        return out
    }

    /// Demands per chunk of the concurrent compile.
    static let compileChunk = 2_048

    /// Compiles the dataset's `count` demands in chunks of `chunk` on all cores, concatenated in demand order,
    /// so the result depends neither on the number of cores nor on the chunk size (only the point where a
    /// deadline cuts candidate lists short does).
    /// - Complexity: O(Σ over demands of workers within reach × visits) work, spread over the cores.
    static func compile(_ count: Int, with compiler: DemandCompiler, deadline: Deadline, chunk: Int) -> DemandCompiler.Chunk {
        let chunk = max(1, chunk)
        let chunks = count / chunk + (count % chunk == 0 ? 0 : 1)
        guard chunks > 1 else { return compiler.compile(0..<count, deadline: deadline, hurriedCandidates: hurriedCandidates) }
        let results = Mutex<[Int: DemandCompiler.Chunk]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<(c == chunks - 1 ? count : (c + 1) * chunk)
            let chunk = compiler.compile(range, deadline: deadline, hurriedCandidates: hurriedCandidates)
            results.withLock { $0[c] = chunk }
        }
        return results.withLock { parts in
            var out = parts[0] ?? DemandCompiler.Chunk()
            let rest = (1..<chunks).compactMap { parts[$0] }
            out.reserveCapacity(appending: rest)
            for part in rest { out.append(part) }
            return out
        }
    }

    /// Whether the worker's shift that day holds home → visit → home inside the window, and the week cap its minutes.
    static func fitsAlone(_ v: Visit, worker: WorkerInfo, meters: Double) -> Bool {
        let day = Int(v.day)
        let s = worker.shiftStart[day], e = worker.shiftEnd[day]
        guard s >= 0, v.minutes <= worker.weekCap else { return false }
        let t = travelMinutes(meters)
        let start = max(v.windowStart, s + t)
        return start + v.minutes <= v.windowEnd && start + v.minutes + t <= e
    }

    /// For each (worker, day) slot, the visits that have the worker as a candidate.
    static func invert(candStart: [Int32], candWorkers: [Int32], visits: [Visit], workerCount: Int) -> ([Int32], [Int32]) {
        var counts = [Int32](repeating: 0, count: workerCount * 7 + 1)
        for v in visits.indices {
            for k in Int(candStart[v])..<Int(candStart[v + 1]) { counts[Int(candWorkers[k]) * 7 + Int(visits[v].day) + 1] += 1 }
        }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var fill = counts
        var out = [Int32](repeating: 0, count: Int(counts.last!))
        for v in visits.indices {
            for k in Int(candStart[v])..<Int(candStart[v + 1]) {
                let slot = Int(candWorkers[k]) * 7 + Int(visits[v].day)
                out[Int(fill[slot])] = Int32(v)
                fill[slot] += 1
            }
        }
        return (counts, out)
    }
}
