import LinliModel

extension FieldReader {
    mutating func worker() -> Worker? {
        let id = self.id("worker_id")
        let enterprise = reference("enterprise_id", to: .enterprises)
        let employment = code("employment", Employment.self)
        let name = self.name("name")
        let home = point(lat: "home_lat", lon: "home_lon")
        let pointID = reference("point_id", to: .servicePoints)
        let skills = self.skills("skills")
        let certificate = optionalDay("certificate_until")
        let health = day("health_checked_on")
        let scope = code("health_scope", HealthScope.self)
        let trained = day("trained_on")
        let credit = code("credit", Credit.self)
        let rating = self.rating("rating")
        let pattern = reference("shift_pattern", to: .shiftPatterns)
        let offset = optionalInt("rotation_offset", Limits.rotationOffset, "a rotation offset in weeks \(Limits.text(Limits.rotationOffset)) (empty = 0)")
        let cap = optionalInt("max_week_minutes", Limits.weekMinutes, "a number of minutes \(Limits.text(Limits.weekMinutes)) (empty = \(Worker.defaultMaxWeekMinutes))")
        guard let id, let enterprise, let employment, let name, let home, let pointID, let skills, let certificate,
              let health, let scope, let trained, let credit, let rating, let pattern, let offset, let cap
        else { return nil }
        return Worker(
            id: id, enterpriseID: enterprise, employment: employment, name: name, home: home, pointID: pointID,
            skills: skills, certificateUntil: certificate, healthCheckedOn: health, healthScope: scope, trainedOn: trained,
            credit: credit, rating: rating, shiftPatternID: pattern, rotationOffset: offset ?? 0,
            maxWeekMinutes: cap ?? Worker.defaultMaxWeekMinutes
        )
    }

    mutating func shiftDay() -> ShiftDay? {
        let pattern = id("pattern_id")
        let cycleWeek = int("cycle_week", Limits.cycleWeek, "a cycle week \(Limits.text(Limits.cycleWeek))")
        let weekday = int("weekday", 1...7, "a weekday 1-7 (1 = Monday)")
        let start = time("start", isEnd: false)
        let end = time("end", isEnd: true)
        guard let pattern, let cycleWeek, let weekday, let start, let end else { return nil }
        guard start < end else {
            fail("end", "the shift must end after it starts; found \(start)-\(end) (no overnight shifts)")
            return nil
        }
        return ShiftDay(patternID: pattern, cycleWeek: cycleWeek, weekday: weekday, start: start, end: end)
    }
}
