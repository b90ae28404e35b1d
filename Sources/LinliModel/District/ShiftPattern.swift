/// One working day of one cycle week of a shift pattern (轮班).
public struct ShiftDay: Hashable, Sendable {
    public var patternID: String
    /// 0-based week within the cycle.
    public var cycleWeek: Int
    /// ISO weekday 1-7.
    public var weekday: Int
    /// Window from leaving home to coming back home.
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(patternID: String, cycleWeek: Int, weekday: Int, start: TimeOfDay, end: TimeOfDay) {
        self.patternID = patternID
        self.cycleWeek = cycleWeek
        self.weekday = weekday
        self.start = start
        self.end = end
    }
}

/// A rotating shift pattern: the working windows of each week of its cycle.
public struct ShiftPattern: Hashable, Sendable {
    public var id: String
    public var days: [ShiftDay]

    public init(id: String, days: [ShiftDay]) {
        self.id = id
        self.days = days
    }

    /// Largest cycle week + 1 (at least 1, and saturating rather than overflowing).
    public var cycleLength: Int {
        let last = max(days.map(\.cycleWeek).max() ?? 0, 0)
        return last < Int.max ? last + 1 : Int.max
    }

    /// The cycle week a worker with `rotationOffset` is in during `week`: (weeks since 2000-W01 + offset)
    /// mod the cycle length, computed on the two residues so that no offset can overflow.
    public func cycleWeek(in week: ISOWeek, rotationOffset: Int) -> Int {
        let length = cycleLength
        func residue(_ x: Int) -> Int {
            let r = x % length
            return r < 0 ? r + length : r
        }
        let a = residue(week.weeksSince2000W01)
        let b = residue(rotationOffset)
        let room = length - b
        return a >= room ? a - room : a + b
    }

    /// The working window on each weekday (index 0 = Monday) of `week`; nil on rest days.
    public func windows(in week: ISOWeek, rotationOffset: Int) -> [(start: TimeOfDay, end: TimeOfDay)?] {
        let cw = cycleWeek(in: week, rotationOffset: rotationOffset)
        var out: [(start: TimeOfDay, end: TimeOfDay)?] = Array(repeating: nil, count: 7)
        for d in days where d.cycleWeek == cw && (1...7).contains(d.weekday) {
            out[d.weekday - 1] = (d.start, d.end)
        }
        return out
    }
}
