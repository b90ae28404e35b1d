extension Search.Cooling {
    /// How many times a search checks its pace against the clock (every `budget / fits` work units).
    static let fits = 100
    /// The share of the search's time that must have passed before its pace is trusted.
    static let paceSample = 1.0 / 3
    /// The share of the work expected before the clock ends that a fitted finish cools over; the rest is spent
    /// at threshold zero, as a slower stretch of the machine may cut it.
    static let fittedShare = 0.9

    /// Fits the rest of the cooling to the clock when, at the pace so far, the search will not reach the end of
    /// its cooling period before `end`.
    ///
    /// The cooling is counted in work so that runs repeat; but on a week whose steps are slow (every worker near
    /// a week cap, say: insertion scans many candidates it cannot use) the clock stopped the search a quarter of
    /// the way down the cooling, still accepting worse rosters, and the best one it kept was that much worse. A
    /// fitted finish cools from the threshold now to zero over the work the clock will allow (at the pace
    /// measured since `start`): threshold accepting's linear schedule (Dueck and Scheuer 1990) made to end with
    /// the run, as schedules driven by the share of time elapsed do (Santini, Ropke and Hvattum 2018 compare
    /// such acceptance criteria for ALNS). A search the clock
    /// does not cut (an untimed run, or one with time to spare) never fits, so it repeats exactly; one that
    /// fits depends on the clock and says so (``SearchStop/clock``).
    /// - Parameters:
    ///   - work: the work units spent so far.
    ///   - start: the share of the time used when the search began; `now` the share used now; `end` the share
    ///     at which its steps must end.
    mutating func fit(work: Int, since start: Double, now: Double, end: Double) {
        guard finish == nil, work > 0, end > start, now < end, now - start >= Self.paceSample * (end - start) else { return }
        let ahead = Double(work) / (now - start) * (end - now)
        let periodEnd = Double((work / period + 1) * period)
        guard Double(work) + ahead < periodEnd else { return }
        finish = Finish(from: work, threshold: threshold(at: work), until: work + max(1, Int(ahead * Self.fittedShare)))
    }
}
