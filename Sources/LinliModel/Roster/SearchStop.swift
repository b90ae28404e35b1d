/// What ended the improvement search: the deterministic work budget or the wall clock.
///
/// A run ended by the budget repeats exactly for the same input and seed; one ended by the clock may not.
public enum SearchStop: String, Hashable, Sendable, CaseIterable {
    case budget
    case clock
}
