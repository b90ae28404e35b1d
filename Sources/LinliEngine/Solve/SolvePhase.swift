/// The phases of building a roster, in order, as ``Deadline/reached(_:)`` reports them.
///
/// The parts of a week are solved concurrently, so a part may still be constructing while another searches;
/// a phase is over when its last part has finished it.
public enum SolvePhase: String, CaseIterable, Sendable {
    /// The week compiled into a ``Problem``: visits, candidates, unmet reasons.
    case compile
    /// Pinned, kept and last-week visits placed and the greedy first roster built.
    case construction
    /// Ruin and recreate (and the `--balance` polish) ended by the budget or the clock.
    case search
    /// The upper bound: the flow relaxation and the Lagrangian bounds of the parts.
    case bound
}
