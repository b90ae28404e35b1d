import LinliModel

/// The validity rules of Docs/Dataset.md, checked directly on a `Dataset` (ids, references, windows, codes, ranges).
///
/// Returns one message per violation; an empty list means the dataset would import cleanly.
func invariantViolations(of d: Dataset) -> [String] {
    var out: [String] = []
    func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { out.append(message()) } }
    func ids(_ file: String, _ values: [String]) -> Set<String> {
        for v in values { check(isValidID(v), "\(file): bad id \(v)") }
        check(Set(values).count == values.count, "\(file): duplicate ids")
        return Set(values)
    }
    let communities = ids("communities", d.communities.map(\.id))
    let points = ids("service_points", d.servicePoints.map(\.id))
    let enterprises = ids("enterprises", d.enterprises.map(\.id))
    let workers = ids("workers", d.workers.map(\.id))
    let households = ids("households", d.households.map(\.id))
    _ = ids("demands", d.demands.map(\.id))
    let patterns = Set(d.shiftDays.map(\.patternID))
    for p in patterns { check(isValidID(p), "shift_patterns: bad id \(p)") }

    for c in d.communities { check(c.location.isValid && c.households >= 0, "community \(c.id)") }
    for p in d.servicePoints {
        check(communities.contains(p.communityID) && p.location.isValid && p.radiusMeters > 0, "point \(p.id)")
        check(p.enterpriseIDs.allSatisfy(enterprises.contains) && Set(p.enterpriseIDs).count == p.enterpriseIDs.count, "point \(p.id) enterprises")
    }
    for e in d.enterprises { check(e.rating.map { (0...5).contains($0) } ?? true, "enterprise \(e.id) rating") }
    let menuKeys = d.menu.map { "\($0.enterpriseID)|\($0.itemCode)|\($0.effectiveFrom?.description ?? "")" }
    check(Set(menuKeys).count == menuKeys.count, "menu: duplicate (enterprise, item, effective_from)")
    for m in d.menu {
        check(enterprises.contains(m.enterpriseID) && isValidID(m.itemCode), "menu \(m.enterpriseID)/\(m.itemCode) ids")
        check(m.price.value >= 0 && m.minMinutes > 0 && (1...5).contains(m.skillLevel), "menu \(m.itemCode) values")
    }
    for w in d.workers {
        check(enterprises.contains(w.enterpriseID) && points.contains(w.pointID) && patterns.contains(w.shiftPatternID), "worker \(w.id) refs")
        check(w.home.isValid && w.rotationOffset >= 0 && w.maxWeekMinutes > 0 && (w.rating.map { (0...5).contains($0) } ?? true), "worker \(w.id) values")
        check(w.skills.allSatisfy { (1...5).contains($0.level) } && Set(w.skills.map(\.category)).count == w.skills.count, "worker \(w.id) skills")
    }
    let shiftKeys = d.shiftDays.map { "\($0.patternID)|\($0.cycleWeek)|\($0.weekday)" }
    check(Set(shiftKeys).count == shiftKeys.count, "shift_patterns: duplicate (pattern, cycle_week, weekday)")
    for s in d.shiftDays {
        check(s.cycleWeek >= 0 && (1...7).contains(s.weekday) && s.start < s.end && s.start.minutes >= 0 && s.end.minutes <= 1_440, "shift \(s.patternID) \(s.weekday)")
    }
    for h in d.households { check(communities.contains(h.communityID) && h.location.isValid, "household \(h.id)") }
    for x in d.demands {
        check(households.contains(x.householdID) && (x.preferredWorkerID.map(workers.contains) ?? true), "demand \(x.id) refs")
        check(x.minutes > 0 && x.windowStart.minutes >= 0 && x.windowStart.minutes < 1_440 && x.windowEnd.minutes <= 1_440, "demand \(x.id) times")
        check(x.windowEnd.minutes - x.windowStart.minutes >= x.minutes, "demand \(x.id) window shorter than minutes")
        check(x.mode == .order || x.windowEnd.minutes - x.windowStart.minutes == x.minutes, "demand \(x.id) slot window")
        check((x.maxPrice?.value ?? 0) >= 0, "demand \(x.id) max_price")
        switch x.recurrence {
        case .weekly:
            check(!x.weekdays.isEmpty && x.date == nil && x.weekdays.allSatisfy { (1...7).contains($0) } && Set(x.weekdays).count == x.weekdays.count, "demand \(x.id) weekly")
        case .once:
            check(x.weekdays.isEmpty && x.date != nil && x.activeFrom == nil && x.activeUntil == nil, "demand \(x.id) once")
        }
    }
    return out
}

/// 1-64 chars of `A-Z a-z 0-9 _ - .`.
func isValidID(_ s: String) -> Bool {
    (1...64).contains(s.utf8.count) && s.utf8.allSatisfy { c in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D || c == 0x2E
    }
}
