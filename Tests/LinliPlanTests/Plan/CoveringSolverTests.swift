import LinliModel
@testable import LinliPlan
import Testing

@Suite struct CoveringSolverTests {
    @Test(arguments: 1...40)
    func matchesBruteForceOnSmallRandomCases(seed: UInt64) {
        let sites = RandomSites(seed: seed, households: 60 + Int(seed % 5) * 20, existing: Int(seed % 3), candidates: 8 + Int(seed % 5))
        let k = 1 + Int(seed % 4)
        let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: sites.existing, candidates: sites.candidates)
        let solution = CoveringSolver().solve(instance, k: k)
        let best = sites.bruteForceBest(k: k)

        #expect(instance.fixedWeight + solution.value == best, "seed \(seed)")
        #expect(sites.coveredWeight(solution.chosen) == instance.fixedWeight + solution.value, "seed \(seed)")
        #expect(solution.chosen.count == min(k, sites.candidates.count), "seed \(seed)")
        #expect(solution.isOptimal, "seed \(seed)")
        #expect(instance.fixedWeight + solution.upperBound >= best, "seed \(seed)")
    }

    /// The sweep above would pass with a weak solver if its cases were easy: greedy alone must miss some.
    @Test func theSeedSweepHoldsCasesGreedyGetsWrong() {
        let missed = (1...40 as ClosedRange<UInt64>).filter { seed in
            let sites = RandomSites(seed: seed, households: 60 + Int(seed % 5) * 20, existing: Int(seed % 3), candidates: 8 + Int(seed % 5))
            let k = 1 + Int(seed % 4)
            let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: sites.existing, candidates: sites.candidates)
            var greedy = CoverState(instance)
            greedy.greedy(upTo: k)
            return instance.fixedWeight + greedy.value < sites.bruteForceBest(k: k)
        }
        #expect(!missed.isEmpty)
    }

    @Test(arguments: 1...12)
    func branchAndBoundAloneFindsTheOptimumFromAnEmptyStart(seed: UInt64) {
        let sites = RandomSites(seed: 1_000 + seed, households: 120, existing: 1, candidates: 12)
        let k = 2 + Int(seed % 3)
        let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: sites.existing, candidates: sites.candidates)
        let search = BranchAndBound(instance, incumbent: [], workBudget: .max)

        #expect(search.run(k: k))
        #expect(instance.fixedWeight + search.best == sites.bruteForceBest(k: k), "seed \(seed)")
    }

    @Test(arguments: 1...12)
    func boundsAreAtLeastTheBestChoice(seed: UInt64) {
        let sites = RandomSites(seed: 2_000 + seed, households: 150, existing: 0, candidates: 11)
        let k = 1 + Int(seed % 4)
        let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: [], candidates: sites.candidates)
        let best = sites.bruteForceBest(k: k)
        let lagrangian = LagrangianBound().run(instance, k: k, lowerBound: 0)

        #expect(lagrangian.bound >= Double(best) - 1e-6, "seed \(seed)")
        var greedy = CoverState(instance)
        greedy.greedy(upTo: k)
        #expect(greedy.value + greedy.topGains(k) >= best, "seed \(seed)")
    }

    @Test func interchangeNeverLowersTheGreedyValue() {
        for seed: UInt64 in 1...20 {
            let sites = RandomSites(seed: 3_000 + seed, households: 200, existing: 1, candidates: 30)
            let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: sites.existing, candidates: sites.candidates)
            var state = CoverState(instance)
            state.greedy(upTo: 4)
            let greedy = state.value
            state.interchange()
            #expect(state.value >= greedy, "seed \(seed)")
            #expect(state.value == instance.value(of: state.chosen), "seed \(seed)")
        }
    }

    @Test func householdsWithTheSameCoveringSitesBecomeOneItem() {
        let weights = [3, 4, 5, 0]
        let instance = CoveringInstance(
            candidateCount: 2, weights: weights, covererStart: [0, 2, 4, 5, 6], coverers: [0, 1, 0, 1, 1, 0],
            fixedWeight: 0, totalWeight: 12)

        #expect(instance.itemCount == 2)
        #expect(instance.itemWeights == [7, 5])
        #expect(instance.itemList(of: 0) == [0])
        #expect(instance.itemList(of: 1) == [0, 1])
    }

    @Test func kLargerThanTheCandidatesChoosesThemAll() {
        let sites = RandomSites(seed: 9, households: 50, existing: 0, candidates: 3)
        let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: [], candidates: sites.candidates)
        let solution = CoveringSolver().solve(instance, k: 10)

        #expect(solution.chosen == [0, 1, 2])
        #expect(solution.value == instance.coverableWeight)
    }

    @Test func sameInputGivesTheSameChoice() {
        let sites = RandomSites(seed: 77, households: 400, existing: 2, candidates: 40)
        let instance = CoveringInstance(places: sites.places, weights: sites.weights, existing: sites.existing, candidates: sites.candidates)
        #expect(CoveringSolver().solve(instance, k: 5) == CoveringSolver().solve(instance, k: 5))
    }
}
