import ArgumentParser

/// `--worker ID | --household ID`, `--csv` and `--out FILE`: whose visits a listing shows and where it goes,
/// shared by `linli sheet` and `linli history`.
struct VisitListOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The worker_id whose visits to show.", valueName: "id"))
    var worker: String?

    @Option(help: ArgumentHelp("The household_id whose visits to show.", valueName: "id"))
    var household: String?

    @Flag(help: "CSV instead of text.")
    var csv = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard (worker == nil) != (household == nil) else { throw ValidationError("give either --worker or --household") }
    }

    /// The worker or the household given (validation guarantees exactly one).
    func subject<Subject>(worker makeWorker: (String) -> Subject, household makeHousehold: (String) -> Subject) -> Subject {
        worker.map(makeWorker) ?? makeHousehold(household ?? "")
    }

    /// Writes the listing to `--out` (as `save` does, then a line naming the file and its `visits`), else
    /// to standard output as `csvText` with `--csv` or as `lines`.
    func emit(visits: Int, save: (_ csv: Bool, _ path: String) throws -> Void, csvText: () -> String, lines: () -> [String]) throws {
        if let out {
            try save(csv, out)
            Console.print(["wrote \(out): \(visits) visits"])
        } else if csv {
            Console.write(csvText())
        } else {
            Console.print(lines())
        }
    }
}
