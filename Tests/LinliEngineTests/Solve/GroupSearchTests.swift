@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The search in groups (``Search/improveInGroups(_:budget:)``): a part of a week too large for the Lagrangian
/// bound is split in two groups (``Bisection``) searched at once, epoch after epoch.
@Suite struct GroupSearchTests {
    static let sweep: [(Tier, UInt64)] = (1...4).map { (.tiny, $0) } + (1...2).map { (.small, $0) }

    /// The largest part of a generated week and a roster of it after a short search, as visit lists by route.
    static func solvedPart(_ tier: Tier, seed: UInt64) throws -> (problem: Problem, routes: [[Int32]]) {
        try solvedPart(Fixtures.generated(tier, seed: seed), seed: seed)
    }

    static func solvedPart(_ dataset: Dataset, seed: UInt64) throws -> (problem: Problem, routes: [[Int32]]) {
        let options = RunOptions(seed: seed, timeLimit: 0.01)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options)
        let part = try #require(problem.parts().max { $0.visits.count < $1.visits.count })
        let sub = problem.restricted(to: part)
        var search = Search(problem: sub, seed: seed, budget: 30_000)
        return (sub, search.run(pinned: []).routes.map(\.visits))
    }

    /// Each group's visit lists, in the group's own indices.
    static func lists(of group: (visits: [Int], workers: [Int]), in bisection: Bisection, routes: [[Int32]]) -> [[Int32]] {
        group.workers.flatMap { w in (0..<7).map { day in routes[w * 7 + day].map { bisection.localIndex[Int($0)] } } }
    }

    @Test(arguments: sweep)
    func aBisectionPutsEveryVisitAndWorkerInOneGroup(_ tier: Tier, _ seed: UInt64) throws {
        let (problem, routes) = try Self.solvedPart(tier, seed: seed)
        var workerOf = [Int](repeating: -1, count: problem.visits.count)
        for (r, route) in routes.enumerated() { for v in route { workerOf[Int(v)] = r / 7 } }
        for epoch in 0..<4 {
            let at = "\(tier) seed \(seed) epoch \(epoch)"
            let bisection = Bisection(problem: problem, routes: routes, epoch: epoch)
            #expect(bisection.groups.count == 2)
            #expect(bisection.groups.flatMap(\.workers).sorted() == Array(problem.workers.indices), "\(at): workers")
            #expect(bisection.groups.flatMap(\.visits).sorted() == Array(problem.visits.indices), "\(at): visits")
            #expect(bisection.groups.allSatisfy { !$0.workers.isEmpty }, "\(at): an empty group")
            for group in bisection.groups {
                let workers = Set(group.workers)
                for (i, v) in group.visits.enumerated() {
                    #expect(bisection.localIndex[v] == Int32(i), "\(at): visit \(v)")
                    if workerOf[v] >= 0 {
                        #expect(workers.contains(workerOf[v]), "\(at): visit \(v) left its worker's group")
                    } else {
                        let candidates = problem.candidates(of: v).map(Int.init)
                        #expect(candidates.contains(where: workers.contains), "\(at): unassigned visit \(v) in a group without its candidates")
                    }
                }
            }
        }
    }

    /// Workers who all live at one spot tie on every axis: the split still differs from epoch to epoch, and
    /// leaves no group without workers.
    @Test func workersAtOneSpotAreSplitDifferentlyEachEpoch() throws {
        var dataset = Fixtures.generated(.tiny, seed: 1)
        let spot = dataset.workers[0].home
        for i in dataset.workers.indices { dataset.workers[i].home = spot }
        let (problem, routes) = try Self.solvedPart(dataset, seed: 1)
        let splits = (0..<6).map { Bisection(problem: problem, routes: routes, epoch: $0).groups.map(\.workers) }
        #expect(splits.allSatisfy { $0.allSatisfy { !$0.isEmpty } }, "a group without workers")
        #expect(Set(splits.map { $0[0] }).count > 1, "the same split every epoch: \(splits[0][0])")
    }

    /// A pinned visit that no route holds still goes to the group of the worker it is pinned to (its only
    /// candidate), so its group's problem keeps the pin (rather than offering the visit to the other group's workers).
    @Test func anUnservedPinnedVisitGoesWithItsWorker() throws {
        let dataset = Fixtures.generated(.tiny, seed: 1)
        let options = RunOptions(seed: 1, timeLimit: 0.01)
        let first = Solver(options: options).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options))
        let pins = stride(from: 0, to: first.assignments.count, by: 3).map {
            Pin(demandID: first.assignments[$0].demandID, date: first.assignments[$0].date, workerID: first.assignments[$0].workerID)
        }
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options, pins: pins)
        let routes = [[Int32]](repeating: [], count: problem.workers.count * 7)
        let pinned = problem.visits.filter { $0.pinnedWorker >= 0 }.count
        #expect(pinned == pins.count && pinned > 10)
        for epoch in 0..<4 {
            let bisection = Bisection(problem: problem, routes: routes, epoch: epoch)
            for group in bisection.groups {
                let workers = Set(group.workers)
                for v in group.visits where problem.visits[v].pinnedWorker >= 0 {
                    #expect(workers.contains(Int(problem.visits[v].pinnedWorker)), "epoch \(epoch): visit \(v) away from its pinned worker")
                }
            }
        }
    }

    /// Every term of the score belongs to one visit, worker or demand, so the groups' scores add up to the roster's.
    @Test(arguments: sweep)
    func theGroupsScoresAddUpToTheRosters(_ tier: Tier, _ seed: UInt64) throws {
        let (problem, routes) = try Self.solvedPart(tier, seed: seed)
        let whole = Search.rebuild(problem: problem, visitLists: routes).objective()
        for epoch in 0..<3 {
            let bisection = Bisection(problem: problem, routes: routes, epoch: epoch)
            let sum = bisection.groups.reduce(0.0) { total, group in
                let sub = problem.restricted(to: group)
                return total + Search.rebuild(problem: sub, visitLists: Self.lists(of: group, in: bisection, routes: routes)).objective()
            }
            #expect(abs(sum - whole) < 1e-6 * max(1, abs(whole)), "\(tier) seed \(seed) epoch \(epoch): groups \(sum), roster \(whole)")
        }
    }

    /// A group's problem offers each visit only the group's workers, and a weekly demand whose visits are in
    /// both groups is not weekly in either (it cannot earn continuity there).
    @Test(arguments: sweep)
    func aGroupOffersOnlyItsWorkersAndASharedDemandIsNotWeekly(_ tier: Tier, _ seed: UInt64) throws {
        let (problem, routes) = try Self.solvedPart(tier, seed: seed)
        for epoch in 0..<3 {
            let bisection = Bisection(problem: problem, routes: routes, epoch: epoch)
            for group in bisection.groups {
                let sub = problem.restricted(to: group)
                let inGroup = Set(group.visits)
                for (i, v) in group.visits.enumerated() {
                    let expected = problem.candidates(of: v).filter { group.workers.contains(Int($0)) }
                    #expect(sub.candidates(of: i).map { group.workers[Int($0)] } == expected.map(Int.init))
                }
                for d in sub.demands.indices {
                    let global = problem.demands[Int(problem.visits[group.visits[Int(sub.demands[d].visits[0])]].demand)]
                    let shared = !global.visits.allSatisfy { inGroup.contains(Int($0)) }
                    #expect(sub.demands[d].weekly == (global.weekly && !shared))
                }
            }
        }
    }

    /// With the Lagrangian bound turned off and every part large enough, the solver searches in groups: the
    /// roster keeps every rule, scores what the checker recounts, repeats for a seed, and differs from the
    /// single search's.
    @Test func theSolverSearchesLargePartsInGroups() throws {
        var differs = 0
        for seed in UInt64(1)...3 {
            let dataset = Fixtures.generated(.tiny, seed: seed)
            let options = RunOptions(seed: seed, timeLimit: 0.01)
            let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options)
            func solve(groups: Bool, checkInvariants: Bool = false) -> Solution {
                var solver = Solver(options: options)
                solver.largestBoundedWeek = 0
                solver.parameters.searchInGroups = groups
                solver.parameters.smallestGroupedPart = 1
                solver.parameters.checkInvariants = checkInvariants
                return solver.solve(problem)
            }
            let grouped = solve(groups: true, checkInvariants: true), again = solve(groups: true), single = solve(groups: false)
            let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
                .check(assignments: grouped.assignments, unmet: grouped.unmet, lastWeek: [], continuity: true)
            #expect(report.isValid, "seed \(seed): \(report.violations.prefix(3))")
            #expect(abs(report.recomputed.score - grouped.parts.score) < 0.01, "seed \(seed)")
            #expect(again.assignments == grouped.assignments && again.unmet == grouped.unmet, "seed \(seed): not repeatable")
            if single.assignments != grouped.assignments { differs += 1 }
        }
        #expect(differs > 0, "the search in groups never ran")
    }

    /// A week with pins is searched in groups too: every pin holds, the roster keeps every rule and scores
    /// what the checker recounts. A replan is left to the single search.
    @Test func pinnedWeeksAreSearchedInGroupsButReplansAreNot() throws {
        var differs = 0
        for seed in UInt64(1)...3 {
            let dataset = Fixtures.generated(.tiny, seed: seed)
            let options = RunOptions(seed: seed, timeLimit: 0.01)
            func solver(groups: Bool) -> Solver {
                var solver = Solver(options: options)
                solver.largestBoundedWeek = 0
                solver.parameters.searchInGroups = groups
                solver.parameters.smallestGroupedPart = 1
                return solver
            }
            let first = solver(groups: false).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options))
            let pins = stride(from: 0, to: first.assignments.count, by: 7).map {
                Pin(demandID: first.assignments[$0].demandID, date: first.assignments[$0].date, workerID: first.assignments[$0].workerID)
            }
            let pinnedProblem = try Problem(dataset: dataset, week: Fixtures.week, options: options, pins: pins)
            var checked = solver(groups: true)
            checked.parameters.checkInvariants = true
            let grouped = checked.solve(pinnedProblem), single = solver(groups: false).solve(pinnedProblem)
            for pin in pins {
                #expect(grouped.assignments.contains { $0.demandID == pin.demandID && $0.date == pin.date && $0.workerID == pin.workerID },
                        "seed \(seed): pin \(pin) lost")
            }
            let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
                .check(assignments: grouped.assignments, unmet: grouped.unmet, lastWeek: [], continuity: true)
            #expect(report.isValid, "seed \(seed): \(report.violations.prefix(3))")
            #expect(abs(report.recomputed.score - grouped.parts.score) < 0.01, "seed \(seed)")
            if single.assignments != grouped.assignments { differs += 1 }

            let roster = Roster(
                week: Fixtures.week, options: options, assignments: first.assignments, unmet: first.unmet,
                summary: RosterSummary(
                    week: Fixtures.week, parts: first.parts, assignedVisits: first.assignments.count,
                    unmetVisits: first.unmet.count, demandedWeightedMinutes: 0, unmetByReason: [:]))
            let basis = ReplanBasis(from: Fixtures.day(3), replaced: roster, replacedRunID: 1)
            let replan = try Problem(dataset: dataset, week: Fixtures.week, options: options, replan: basis)
            let parameters = solver(groups: true).parameters
            #expect(parameters.searchesInGroups(pinnedProblem, bounded: false, hurried: false), "seed \(seed)")
            #expect(!parameters.searchesInGroups(replan, bounded: false, hurried: false), "seed \(seed): a replan searched in groups")
            #expect(!parameters.searchesInGroups(pinnedProblem, bounded: true, hurried: false), "seed \(seed)")
            #expect(!parameters.searchesInGroups(pinnedProblem, bounded: false, hurried: true), "seed \(seed)")
        }
        #expect(differs > 0, "the search in groups never ran on a pinned week")
    }

    /// Each group of a part of a week up to the full-budget size searches the part's whole budget; of a larger
    /// week, a share. An epoch holds a share of the cooling period, or more work on a large part.
    @Test func aGroupsBudgetAndEpochsFollowThePartsSize() {
        let parameters = SearchParameters()
        #expect(parameters.groupBudget(12_000_000, weekVisits: 4_000) == 12_000_000)
        #expect(parameters.groupBudget(12_000_000, weekVisits: 40_000) == Int(12_000_000 * parameters.largeGroupBudgetShare))
        #expect(parameters.groupBudget(Int.max, weekVisits: 40_000) >= Int.max / 4, "a huge budget does not trap")
        #expect(parameters.epochLength(period: 12_000_000, visits: 3_000) == 12_000_000 / parameters.epochsPerPeriod)
        #expect(parameters.epochLength(period: 12_000_000, visits: 40_000) == 40_000 * parameters.epochWorkPerVisit)
        #expect(parameters.epochLength(period: 1, visits: 0) == 1)
        #expect(parameters.epochLength(period: 12_000_000, visits: Int.max) == Int.max)
    }
}
