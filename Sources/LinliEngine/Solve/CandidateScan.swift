/// Indices of a candidate list in the order an ``InsertionFilter`` examines them, ending early once enough fit.
struct CandidateScan {
    let count: Int
    var first = 0
    var enough = Int.max
    var limit = Int.max
    private var step = 0
    private var fitting = 0
    private var routes = 0

    init(count: Int, first: Int = 0, enough: Int = Int.max, limit: Int = Int.max) {
        self.count = count
        self.first = first
        self.enough = enough
        self.limit = limit
    }

    /// The next candidate's index, or nil when the list is done or enough were found.
    mutating func next() -> Int? {
        guard step < count, fitting < enough, routes < limit else { return nil }
        defer { step += 1 }
        return first + step < count ? first + step : first + step - count
    }

    /// Counts a route examined.
    mutating func examined() { routes += 1 }

    /// Counts a candidate that fits.
    mutating func fits() { fitting += 1 }
}
