import LinliModel

extension Problem {
    /// The upper bound ``Solver`` reports with a roster (``Solution/upperBound``), computed on its own and one part
    /// after the other: the lower of the flow bound (``flowBound(deadline:)``) and the sum of the parts' Lagrangian
    /// bounds (``lagrangianBound(weekVisits:target:deadline:)``).
    ///
    /// With no roster's score to aim at, each part's subgradient search aims 5% below its best value and stops only
    /// at its effort, so this costs at least what the solver spends on the bound. The benchmarks measure it.
    /// - Complexity: one max flow, plus the parts' Lagrangian efforts in weeks of up to
    ///   ``LagrangianRosterBound/Effort/largestWeek`` servable visits.
    public func upperBound(deadline: Deadline = .never) -> (value: Double, method: BoundMethod) {
        let parts = parts()
        let servable = parts.reduce(0) { $0 + $1.visits.count }
        let lagrangian = parts.map {
            restricted(to: $0).lagrangianBound(weekVisits: servable, target: nil, deadline: deadline)
        }
        return UpperBound.combined(flow: flowBound(deadline: deadline), parts: lagrangian)
    }

    /// The flow bound (``UpperBound/compute(_:deadline:)``) plus the stability bonus of every visit with a kept
    /// worker, which the flow does not count.
    func flowBound(deadline: Deadline) -> (value: Double, method: BoundMethod) {
        var flow = UpperBound.compute(self, deadline: deadline)
        flow.value += Double(ScoreBreakdown.stabilityBonus * visits.count(where: { $0.keptWorker >= 0 }))
        return flow
    }

    /// The Lagrangian bound of this part of a week (``restricted(to:)``) aimed at `target`, with the part's share
    /// of the effort; NaN when the week holds more than ``LagrangianRosterBound/Effort/largestWeek`` servable
    /// visits (`weekVisits`), when candidate lists were cut short or when the deadline came first.
    func lagrangianBound(weekVisits: Int, target: Double?, deadline: Deadline) -> Double {
        guard weekVisits <= LagrangianRosterBound.Effort.largestWeek else { return .nan }
        return LagrangianRosterBound(self).bound(target: target, effort: .share(visits: visits.count), deadline: deadline) ?? .nan
    }
}
