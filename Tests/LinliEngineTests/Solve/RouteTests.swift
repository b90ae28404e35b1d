@testable import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// A route's incremental insert and remove keep the same legs, metres and times as a full refresh, to the bit.
@Suite struct RouteTests {
    /// The routes of a searched tiny week, changed at random positions many times over.
    @Test(arguments: [UInt64(1), 2, 3])
    func incrementalChangesMatchARefresh(seed: UInt64) throws {
        let state = try SearchInvariantTests.searched(seed: seed)
        let tables = state.tables
        var rng = SeededGenerator(seed: seed)
        var changes = 0
        for r in state.routes.indices where !state.routes[r].isEmpty {
            let w = r / 7, day = r % 7
            let route = state.routes[r].copy()
            let pool = route.visits
            for _ in 0..<12 {
                if !route.isEmpty && Bool.random(using: &rng) {
                    route.remove(at: Int.random(in: 0..<route.count, using: &rng), problem: tables, worker: w, day: day)
                } else {
                    let v = pool[Int.random(in: 0..<pool.count, using: &rng)]
                    route.insert(v, at: Int.random(in: 0...route.count, using: &rng), problem: tables, worker: w, day: day)
                }
                changes += 1
                let fresh = Route()
                fresh.visits = route.visits
                fresh.refresh(problem: tables, worker: w, day: day)
                #expect(route.legs == fresh.legs, "seed \(seed), route \(r): legs")
                #expect(route.meters == fresh.meters, "seed \(seed), route \(r): metres")
                #expect(route.ends == fresh.ends && route.latest == fresh.latest, "seed \(seed), route \(r): times")
                #expect(route.stable == fresh.stable, "seed \(seed), route \(r): stable count")
            }
        }
        #expect(changes > 24, "seed \(seed): the week needs routes to change")
    }
}
