/// Where the wall time of one `linli roster` went, in seconds: the time limit covers compile to finish,
/// load and store come on top (Docs/Commands.md).
///
/// The parts of a week are solved concurrently, so construction, search and bound each count the wall time
/// from the end of the phase before to the moment the last part finished theirs.
public struct PhaseTimings: Hashable, Sendable {
    /// Reading the dataset, pins and last week's roster from the database.
    public var load: Double
    /// Compiling the week into visits and candidate workers.
    public var compile: Double
    /// The first, greedy roster.
    public var construction: Double
    /// Ruin and recreate (and the balance polish).
    public var search: Double
    /// The upper bound beyond the search.
    public var bound: Double
    /// Assembling the roster and its summary.
    public var finish: Double
    /// Publishing the run in the database.
    public var store: Double

    public init(load: Double, compile: Double, construction: Double, search: Double, bound: Double, finish: Double, store: Double) {
        self.load = load
        self.compile = compile
        self.construction = construction
        self.search = search
        self.bound = bound
        self.finish = finish
        self.store = store
    }

    /// Compile to finish: the part of the run the time limit holds.
    public var limited: Double { compile + construction + search + bound + finish }

    /// The phases with their names, in order.
    public var named: [(name: String, seconds: Double)] {
        [("load", load), ("compile", compile), ("construction", construction), ("search", search), ("bound", bound),
         ("finish", finish), ("store", store)]
    }
}
