import Foundation
import LinliModel

/// Two groups of a part's workers, each with the visits it may change, for one epoch of
/// ``Search/improveInGroups(_:budget:)``.
///
/// The workers are split at the weighted median of their homes projected on an axis that turns by the golden
/// angle from one epoch to the next (ties broken by a hash of the epoch and the worker), so a boundary of one
/// epoch runs through the middle of a group in the following ones (a rotating spatial decomposition, as in the
/// POPMUSIC framework of Taillard and Voß, 2002, and the decomposition phases of Vidal et al.'s HGS). A worker weighs its candidate visits, so both groups
/// hold about as much to search.
///
/// A visit goes with the worker serving it. An unassigned visit goes to the group serving some other visit of
/// its demand (so its continuity stays possible), and otherwise to the group holding most candidates of its
/// demand, when it has a candidate there; else to the group holding most of its own candidates. No visit moves
/// between groups within an epoch, and every term of the score belongs to one visit, worker or demand, so the
/// groups' scores add up to the roster's (a demand split between them cannot earn continuity in either,
/// ``Problem/restricted(to:)``, nor in the whole roster). A pinned visit's only candidate is the worker it is
/// pinned to, so it always goes to that worker's group, and its group's problem keeps the pin.
struct Bisection: Sendable {
    /// Each group's visits and workers, ascending; a group may hold no visit.
    let groups: [(visits: [Int], workers: [Int])]
    /// Each visit's index in its group's ``groups`` entry.
    let localIndex: [Int32]

    /// The golden angle: successive axes never repeat and spread evenly over the half turn.
    static let turn = Double.pi * (3 - 5.0.squareRoot())

    /// - Parameters:
    ///   - routes: the roster, as visit lists by route (`worker × 7 + day`).
    ///   - epoch: which axis to split along.
    /// - Complexity: O(visits + candidate pairs + workers log workers).
    init(problem: Problem, routes: [[Int32]], epoch: Int) {
        let workerCount = problem.workers.count
        var weight = [Int](repeating: 1, count: workerCount)
        for w in problem.candidateWorkers { weight[Int(w)] += 1 }
        let meanLat = problem.workers.isEmpty ? 0 : problem.workers.reduce(0) { $0 + $1.home.lat } / Double(workerCount)
        let scale = cos(meanLat * .pi / 180)
        let angle = Self.turn * Double(epoch)
        let (dx, dy) = (cos(angle), sin(angle))
        let projection = problem.workers.map { $0.home.lon * scale * dx + $0.home.lat * dy }
        // Workers at one spot (a shared base) tie on every axis: a hash of the epoch and the worker orders them
        // differently each epoch, so they too end up apart and back together.
        let tie = problem.workers.indices.map { SeededGenerator.derive(UInt64(epoch), UInt64($0)) }
        let order = problem.workers.indices.sorted { (projection[$0], tie[$0], $0) < (projection[$1], tie[$1], $1) }
        let half = weight.reduce(0, +) / 2
        var groupOf = [Int](repeating: 1, count: workerCount)
        var running = 0
        // The last worker stays in the second group even when the others weigh less than half.
        for w in order.dropLast() where running < half {
            groupOf[w] = 0
            running += weight[w]
        }

        var workerOf = [Int32](repeating: -1, count: problem.visits.count)
        for (r, route) in routes.enumerated() {
            for v in route { workerOf[Int(v)] = Int32(r / 7) }
        }
        func candidates(_ v: Int, in group: Int) -> Int {
            var n = 0
            for k in Int(problem.candidateStart[v])..<Int(problem.candidateStart[v + 1])
            where groupOf[Int(problem.candidateWorkers[k])] == group { n += 1 }
            return n
        }
        func majority(_ visits: some Sequence<Int32>) -> Int {
            var count = [0, 0]
            for v in visits {
                for k in Int(problem.candidateStart[Int(v)])..<Int(problem.candidateStart[Int(v) + 1]) {
                    count[groupOf[Int(problem.candidateWorkers[k])]] += 1
                }
            }
            return count[1] > count[0] ? 1 : 0
        }
        var visitGroup = [Int](repeating: 0, count: problem.visits.count)
        for info in problem.demands {
            let served = info.visits.first { workerOf[Int($0)] >= 0 }.map { groupOf[Int(workerOf[Int($0)])] }
            let preferred = served ?? majority(info.visits)
            for v in info.visits.map(Int.init) {
                if workerOf[v] >= 0 {
                    visitGroup[v] = groupOf[Int(workerOf[v])]
                } else if candidates(v, in: preferred) > 0 {
                    visitGroup[v] = preferred
                } else {
                    visitGroup[v] = majority(CollectionOfOne(Int32(v)))
                }
            }
        }
        var groups: [(visits: [Int], workers: [Int])] = [([], []), ([], [])]
        for w in 0..<workerCount { groups[groupOf[w]].workers.append(w) }
        var localIndex = [Int32](repeating: -1, count: problem.visits.count)
        for v in problem.visits.indices {
            localIndex[v] = Int32(groups[visitGroup[v]].visits.count)
            groups[visitGroup[v]].visits.append(v)
        }
        self.groups = groups
        self.localIndex = localIndex
    }
}
