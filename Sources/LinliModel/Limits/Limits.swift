/// The domain bounds of every number Linli reads, from data files and from the command line.
///
/// Values outside these ranges are refused where they are read (a located error for a file, a usage
/// error for an option), so that the arithmetic downstream works on numbers of a realistic size and
/// cannot overflow.
public enum Limits {
    /// Minutes of one visit (`demands.csv minutes`): at most a day.
    public static let visitMinutes = 1...1_440
    /// The shortest bookable duration of a menu item (`menu.csv min_minutes`): 0 (no minimum) up to a day.
    public static let menuMinutes = 0...visitMinutes.upperBound
    /// Characters of one free-text value of a data file (a name, an address, a record's note), as the console's
    /// note field allows: text a page or a printed sheet can show whole.
    public static let textCharacters = 500
    /// Unicode scalars of one free-text value: four per character allowed. A character may carry combining marks,
    /// but one carrying thousands (a "character" of megabytes) is no text a page can show.
    public static let textScalars = 4 * textCharacters
    /// A worker's weekly cap on service minutes (`workers.csv max_week_minutes`). 0 takes no visits; a cap of a
    /// week (10,080) or more caps nothing. The spec sets no upper bound: this one only keeps sums small.
    public static let weekMinutes = 0...1_000_000
    /// An amount in yuan (`menu.csv price`, `demands.csv max_price`).
    public static let yuan = 0...1_000_000
    /// The same amount in fen.
    public static let fen = (yuan.lowerBound * 100)...(yuan.upperBound * 100)
    /// The largest service radius in metres (`radius_m` of a point or candidate site): half a great circle of the
    /// spec's sphere, which reaches every place. A radius may be 0 (only the point's own spot is nearby).
    public static let maxRadiusMeters = Double.pi * GeoPoint.earthRadiusMeters
    /// A community's official household count (`communities.csv households`).
    public static let households = 0...9_999_999
    /// A week of a shift pattern's cycle (`shift_patterns.csv cycle_week`), 0-based. The spec sets no upper
    /// bound; this one, the same as ``rotationOffset``'s, only keeps the numbers small.
    public static let cycleWeek = 0...10_000
    /// A worker's rotation offset in weeks (`workers.csv rotation_offset`).
    public static let rotationOffset = 0...10_000
    /// A rating (`rating` of an enterprise or a worker).
    public static let rating = 0.0...5.0
    /// A skill level (`skills`, `menu.csv skill_level`).
    public static let skillLevel = 1...5
    /// Workers hired by one row of a staff plan (`staff.csv count`).
    public static let hires = 1...1_000
    /// Workers hired by a whole staff plan, over all its rows: a what-if of 400 rows of 1,000 hires once held the
    /// console for 70 s and 1.3 GB; a district employs a few thousand workers in all.
    public static let totalHires = 1_000
    /// New service points in one what-if (`coverage simulate --points`): 20,000 once held the console's simulation
    /// for 141 s on a large district; a district has tens of points, a plan adds a few.
    public static let whatIfPoints = 1_000
    /// Candidate sites in one site plan (`coverage plan --candidates`): 100,000 once took 35 s on a large district.
    public static let candidateSites = 10_000
    /// A count target of an indicator (`targets.csv`).
    public static let countTarget = 0.0...10_000_000.0
    /// The largest search budget in seconds (`--time-limit`): a day; the budget must also be above 0.
    public static let maxTimeLimitSeconds = 86_400.0
    /// Sites chosen by `coverage plan --k`.
    public static let sitesToChoose = 0...100_000
    /// Threads of `batch --jobs`.
    public static let jobs = 1...1_024
    /// Shards of `batch --shard i/n`.
    public static let shards = 1...100_000

    /// `a-b` for messages.
    public static func text(_ range: ClosedRange<Int>) -> String { "\(range.lowerBound)-\(range.upperBound)" }

    /// Whether `seconds` is a usable search budget: finite, above 0 and at most ``maxTimeLimitSeconds``.
    public static func isTimeLimit(_ seconds: Double) -> Bool {
        seconds > 0 && seconds <= maxTimeLimitSeconds
    }

    /// Whether `meters` is a usable service radius: from 0 to ``maxRadiusMeters``.
    public static func isRadius(_ meters: Double) -> Bool {
        meters >= 0 && meters <= maxRadiusMeters
    }
}
