import LinliModel

/// The shift patterns every synthetic district uses: three rotating two-week patterns and a part-time week.
enum ShiftCatalog {
    /// Week 0 Mon-Fri 08:00-17:00; week 1 Tue-Sat 10:00-19:00.
    static let day = "ROT-DAY"
    /// Week 0 Mon-Fri 07:00-15:00; week 1 Mon-Fri 12:00-20:00.
    static let earlyLate = "ROT-EL"
    /// Week 0 Sat-Tue 08:00-18:00; week 1 Thu-Sun 09:00-18:00.
    static let weekend = "ROT-WKD"
    /// Every week Mon, Wed, Fri 08:00-14:00.
    static let partTime = "PT-MWF"

    /// Pattern ids with the share of workers on each.
    static let shares: [(id: String, share: Double)] = [(day, 0.4), (earlyLate, 0.3), (weekend, 0.2), (partTime, 0.1)]

    /// Cap on a part-timer's week, in minutes.
    static let partTimeWeekMinutes = 1_200

    static var days: [ShiftDay] {
        rows(day, 0, 1...5, "08:00", "17:00") + rows(day, 1, 2...6, "10:00", "19:00")
            + rows(earlyLate, 0, 1...5, "07:00", "15:00") + rows(earlyLate, 1, 1...5, "12:00", "20:00")
            + rows(weekend, 0, [6, 7, 1, 2], "08:00", "18:00") + rows(weekend, 1, 4...7, "09:00", "18:00")
            + rows(partTime, 0, [1, 3, 5], "08:00", "14:00")
    }

    private static func rows(_ id: String, _ week: Int, _ weekdays: some Sequence<Int>, _ start: String, _ end: String) -> [ShiftDay] {
        weekdays.sorted().map {
            ShiftDay(patternID: id, cycleWeek: week, weekday: $0, start: TimeOfDay(text: start)!, end: TimeOfDay(text: end)!)
        }
    }
}
