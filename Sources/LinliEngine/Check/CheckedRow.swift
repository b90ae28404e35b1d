import LinliModel

/// A roster row with the records it names, looked up in the raw dataset.
struct CheckedRow: Sendable {
    let assignment: Assignment
    let worker: Worker
    /// The enterprise written on the row.
    let enterprise: Enterprise
    let demand: Demand
    let household: Household
    /// The row's item in its version in force on the row's date; nil when no version is in force yet.
    let item: MenuItem?

    var date: Day { assignment.date }
    /// Start, in minutes since midnight.
    var start: Int { assignment.start.minutes }
    /// The end of the service the demand asks for: start + the demand's minutes.
    var serviceEnd: Int { start + demand.minutes }
}
