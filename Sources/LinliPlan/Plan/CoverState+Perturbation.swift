import LinliModel

extension CoverState {
    /// Iterated local search (Lourenço, Martin & Stützle 2003): drops a few chosen candidates at random,
    /// refills greedily, runs ``interchange(workBudget:)``, and keeps the result when it covers more;
    /// otherwise returns to the best choice. Seeded, so the same input gives the same answer.
    /// - Parameter stopAt: stop once the value reaches it (an upper bound).
    /// - Complexity: bounded by `workBudget` incidences.
    mutating func iteratedSearch(k: Int, workBudget: Int, seed: UInt64 = 1, stopAt: Int = .max) {
        var rng = SeededGenerator(seed: seed)
        var best = chosen, bestValue = value
        let start = work
        var round = 0
        while work - start < workBudget, bestValue < stopAt, !best.isEmpty {
            round += 1
            let drop = 1 + (round % max(1, min(4, best.count / 3 + 1)))
            for c in best.shuffled(using: &rng).prefix(drop) { remove(c) }
            greedy(upTo: k)
            interchange(workBudget: work + (workBudget - (work - start)))
            if value > bestValue {
                best = chosen
                bestValue = value
            } else {
                for c in chosen where !best.contains(c) { remove(c) }
                for c in best where !isChosen[c] { add(c) }
            }
        }
    }
}
