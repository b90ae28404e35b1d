import LinliEngine
import LinliModel

/// Why one pin cannot be kept, in words: an unknown demand or worker, a date that is no visit of the
/// demand, or the rule the pin breaks.
struct PinProblem: Hashable, Sendable {
    var pin: Pin
    /// The pins.csv column at fault, or empty when the pin as a whole is.
    var column: String
    var message: String
    /// The rule broken, when the pin names existing things but no roster could keep it.
    var rule: PinError?

    /// Every problem of `pins` for a roster of `week`: first what they name that does not exist, then,
    /// for the pins that pass, the rules they break (see `Problem.pinProblems`; in a `replan`, pins dated
    /// before its day are history and break none).
    /// - Complexity: O(p + d + w) for p pins, d demands and w workers, plus compiling the week once when
    ///   every pin names existing things.
    static func problems(
        of pins: [Pin], in dataset: Dataset, week: ISOWeek, options: RunOptions, replan: ReplanBasis? = nil
    ) -> [PinProblem] {
        guard !pins.isEmpty else { return [] }
        let demands = Dictionary(dataset.demands.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let workers = Set(dataset.workers.map(\.id))
        var problems: [PinProblem] = []
        var named: [Pin] = []
        for pin in pins {
            guard let demand = demands[pin.demandID] else {
                problems.append(PinProblem(pin: pin, column: "demand_id", message: "there is no demand \(pin.demandID)"))
                continue
            }
            guard workers.contains(pin.workerID) else {
                problems.append(PinProblem(pin: pin, column: "worker_id", message: "there is no worker \(pin.workerID)"))
                continue
            }
            guard week.contains(pin.date) else {
                problems.append(PinProblem(pin: pin, column: "date", message: "\(pin.date) is not in \(week), the week being rostered"))
                continue
            }
            let dates = demand.visitDates(in: week)
            guard dates.contains(pin.date) else {
                let asked = dates.isEmpty ? "none in \(week)" : dates.map(\.description).joined(separator: ", ")
                problems.append(PinProblem(
                    pin: pin, column: "date", message: "demand \(pin.demandID) has no visit on \(pin.date) (its visits: \(asked))"))
                continue
            }
            named.append(pin)
        }
        guard !named.isEmpty else { return problems }
        return problems + Problem.pinProblems(dataset: dataset, week: week, options: options, pins: named, replan: replan).map {
            PinProblem(pin: $0.pin, column: "", message: "breaks rule \($0.rule): \($0.message)", rule: $0)
        }
    }
}
