import LinliModel

extension SolutionState {
    /// Puts each worker-day's pinned visits on its route in an order that keeps every window and the shift
    /// (``Route/sequence(_:problem:worker:day:limit:)``, the order pin validation found); a worker-day with no
    /// such order (pins that were not validated) gets what fits, each visit at its cheapest position.
    /// - Complexity: that of ``Route/sequence(_:problem:worker:day:limit:)`` per worker-day.
    mutating func placePinned(_ pinned: [(visit: Int, worker: Int)]) {
        for (slot, visits) in problem.slots(of: pinned) {
            let w = slot / 7, day = slot % 7
            if routes[slot].isEmpty, let route = Route.sequence(visits, problem: tables, worker: w, day: day) {
                for (p, v) in route.visits.enumerated() { insert(Int(v), worker: w, position: p) }
                continue
            }
            for v in visits {
                if let (p, _) = routes[slot].bestPosition(of: v, problem: tables, worker: w, day: day) { insert(v, worker: w, position: p) }
            }
        }
    }
}
