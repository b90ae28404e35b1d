import LinliModel
import Testing

@testable import LinliDataset

/// One bad value and the diagnostic it must produce.
struct BadValue: CustomTestStringConvertible, Sendable {
    var name: String
    var file: DatasetFile
    var line: Int
    var row: String
    var column: String
    var fragment: String

    var testDescription: String { name }
}

@Suite struct FieldReaderTests {
    static let cases: [BadValue] = [
        BadValue(name: "bad id", file: .communities, line: 4, row: "C 1,翠苑一区,30.29,120.12,1200,",
                 column: "community_id", fragment: "expected an id of 1-64 characters A-Z a-z 0-9 _ - ., found \"C 1\""),
        BadValue(name: "id too long", file: .enterprises, line: 4, row: String(repeating: "E", count: 65) + ",x,mixed,good,",
                 column: "enterprise_id", fragment: "expected an id"),
        BadValue(name: "duplicate id", file: .households, line: 4, row: "H1,C2,30.281,120.111,none",
                 column: "household_id", fragment: "duplicate household_id \"H1\": already on line 2"),
        BadValue(name: "duplicate menu version", file: .menu, line: 4,
                 row: "E1,CLEAN2H,日常保洁,cleaning,order,visit,90,120,2,",
                 column: "item_code", fragment: "item \"CLEAN2H\" of enterprise \"E1\" with no effective_from: already on line 2"),
        BadValue(name: "duplicate shift row", file: .shiftPatterns, line: 3, row: "A,0,1,09:00,12:00",
                 column: "weekday", fragment: "already on line 2"),
        BadValue(name: "unknown reference", file: .demands, line: 3, row: "D2,H9,cleaning,order,120,once,,2026-11-25,13:00,18:00,,,,",
                 column: "household_id", fragment: "unknown household \"H9\""),
        BadValue(name: "unknown reference in a list", file: .servicePoints, line: 2,
                 row: "P1,翠苑网点,C1,30.2905,120.1205,1500,E1;E7", column: "enterprise_ids", fragment: "unknown enterprise \"E7\""),
        BadValue(name: "unknown preferred worker", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,150.00,W9,,",
                 column: "preferred_worker_id", fragment: "unknown worker \"W9\""),
        BadValue(name: "unknown shift pattern", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,Z,1,",
                 column: "shift_pattern", fragment: "unknown shift pattern \"Z\""),
        BadValue(name: "bidi control in a menu item's name", file: .menu, line: 2, row: "E1,CLEAN2H,日常\u{202E}保洁,cleaning,both,hour,45.00,60,2,",
                 column: "name", fragment: "no bidirectional control"),
        BadValue(name: "bidi control in a worker's name", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李\u{202E}梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,",
                 column: "name", fragment: "no bidirectional control"),
        BadValue(name: "bidi control in an enterprise's name", file: .enterprises, line: 2, row: "E1,安心\u{2066}家政,employee,good,4.5",
                 column: "name", fragment: "no bidirectional control"),
        BadValue(name: "bidi control in a community's street", file: .communities, line: 2, row: "C1,翠苑一区,30.29,120.12,1200,文\u{202E}三路",
                 column: "street", fragment: "no bidirectional control"),
        BadValue(name: "bidi mark in a community's name", file: .communities, line: 2, row: "C1,翠苑\u{200F}一区,30.29,120.12,1200,",
                 column: "name", fragment: "no bidirectional control"),
        BadValue(name: "line separator in a service point's name", file: .servicePoints, line: 2,
                 row: "P1,翠苑\u{2028}网点,C1,30.2905,120.1205,1500,E1", column: "name", fragment: "no Unicode line or paragraph separator and no bidirectional control"),
        BadValue(name: "bad integer", file: .demands, line: 3, row: "D2,H2,cleaning,order,1h,once,,2026-11-25,13:00,18:00,,,,",
                 column: "minutes", fragment: "expected a number of minutes 1-1440, found \"1h\""),
        BadValue(name: "negative households", file: .communities, line: 2, row: "C1,翠苑一区,30.29,120.12,-5,",
                 column: "households", fragment: "found \"-5\""),
        BadValue(name: "negative radius", file: .servicePoints, line: 2, row: "P1,翠苑网点,C1,30.2905,120.1205,-1,E1",
                 column: "radius_m", fragment: "a radius in metres from 0 to 20015114"),
        BadValue(name: "rating out of range", file: .enterprises, line: 2, row: "E1,安心家政,employee,good,5.5",
                 column: "rating", fragment: "a rating between 0.0 and 5.0, found \"5.5\""),
        BadValue(name: "skill level out of range", file: .menu, line: 2, row: "E1,CLEAN2H,日常保洁,cleaning,both,hour,45.00,60,6,",
                 column: "skill_level", fragment: "a skill level 1-5"),
        BadValue(name: "bad skill", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:9,,2026-02-01,basic,2025-01-10,good,,A,1,",
                 column: "skills", fragment: "found \"cleaning:9\""),
        BadValue(name: "bad date", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-13-01,basic,2025-01-10,good,,A,1,",
                 column: "health_checked_on", fragment: "expected a date YYYY-MM-DD, found \"2026-13-01\""),
        BadValue(name: "bad time", file: .shiftPatterns, line: 2, row: "A,0,1,8:00,17:00",
                 column: "start", fragment: "expected a time HH:MM between 00:00 and 24:00, found \"8:00\""),
        BadValue(name: "24:00 as a start", file: .demands, line: 4, row: "D3,H2,cleaning,order,60,once,,2026-11-26,24:00,24:00,,,,",
                 column: "window_start", fragment: "24:00 may only end a window"),
        BadValue(name: "shift ends before it starts", file: .shiftPatterns, line: 2, row: "A,0,1,17:00,08:00",
                 column: "end", fragment: "must end after it starts"),
        BadValue(name: "bad money", file: .menu, line: 2, row: "E1,CLEAN2H,日常保洁,cleaning,both,hour,45.005,60,1,",
                 column: "price", fragment: "expected an amount in yuan 0-1000000 with at most 2 decimals"),
        BadValue(name: "negative money", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,-1,W1,,", column: "max_price", fragment: "found \"-1\""),
        BadValue(name: "window shorter than minutes", file: .demands, line: 3,
                 row: "D2,H2,cleaning,order,120,once,,2026-11-25,13:00,14:00,,,,",
                 column: "window_end", fragment: "the window 13:00-14:00 (60 min) is shorter than minutes 120"),
        BadValue(name: "slot window not equal to minutes", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,11:00,,,,",
                 column: "window_end", fragment: "must last exactly its minutes (120); 08:00-11:00 lasts 180 min"),
        BadValue(name: "window ends before it starts", file: .demands, line: 3,
                 row: "D2,H2,cleaning,order,60,once,,2026-11-25,13:00,12:00,,,,",
                 column: "window_end", fragment: "must end after it starts"),
        BadValue(name: "latitude out of range", file: .households, line: 2, row: "H1,C1,91,120.121,none",
                 column: "lat", fragment: "a latitude between -90 and 90, found \"91\""),
        BadValue(name: "longitude out of range", file: .communities, line: 2, row: "C1,翠苑一区,30.29,-180.5,1200,",
                 column: "lon", fragment: "a longitude between -180 and 180"),
        BadValue(name: "unknown category", file: .demands, line: 3,
                 row: "D2,H2,window_cleaning,order,120,once,,2026-11-25,13:00,18:00,,,,",
                 column: "category", fragment: "expected one of cleaning, deep_cleaning"),
        BadValue(name: "unknown priority group", file: .households, line: 3, row: "H2,C2,30.281,120.111,vip",
                 column: "priority_group", fragment: "found \"vip\""),
        BadValue(name: "unknown credit", file: .enterprises, line: 3, row: "E2,好帮手,mixed,bad,",
                 column: "credit", fragment: "one of good, warned or dishonest"),
        BadValue(name: "weekly with a date", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3,2026-11-25,08:00,10:00,,,,",
                 column: "date", fragment: "must be empty for a weekly demand"),
        BadValue(name: "weekly without weekdays", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,,,08:00,10:00,,,,", column: "weekdays", fragment: "needs weekdays"),
        BadValue(name: "once with weekdays", file: .demands, line: 3,
                 row: "D2,H2,cleaning,order,120,once,2,2026-11-25,13:00,18:00,,,,",
                 column: "weekdays", fragment: "must be empty for a once demand"),
        BadValue(name: "once without a date", file: .demands, line: 3,
                 row: "D2,H2,cleaning,order,120,once,,,13:00,18:00,,,,", column: "date", fragment: "needs a date"),
        BadValue(name: "once with a malformed active bound", file: .demands, line: 3,
                 row: "D2,H2,cleaning,order,120,once,,2026-11-25,13:00,18:00,,,2026-13-01,",
                 column: "active_from", fragment: "2026-13-01"),
        BadValue(name: "repeated weekday", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3;1,,08:00,10:00,,,,", column: "weekdays", fragment: "appears twice"),
        BadValue(name: "weekday out of range", file: .shiftPatterns, line: 2, row: "A,0,8,08:00,17:00",
                 column: "weekday", fragment: "a weekday 1-7"),
        BadValue(name: "negative cycle week", file: .shiftPatterns, line: 2, row: "A,-1,1,08:00,17:00",
                 column: "cycle_week", fragment: "a cycle week 0-10000"),
        BadValue(name: "negative rotation offset", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,-1,",
                 column: "rotation_offset", fragment: "a rotation offset in weeks 0-10000"),
        BadValue(name: "negative week cap", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,-1",
                 column: "max_week_minutes", fragment: "a number of minutes 0-1000000"),
        BadValue(name: "cycle week past the bound", file: .shiftPatterns, line: 2, row: "A,10001,1,08:00,17:00",
                 column: "cycle_week", fragment: "a cycle week 0-10000, found \"10001\""),
        BadValue(name: "largest integer as a cycle week", file: .shiftPatterns, line: 2, row: "A,9223372036854775807,1,08:00,17:00",
                 column: "cycle_week", fragment: "a cycle week 0-10000"),
        BadValue(name: "integer beyond Int as a cycle week", file: .shiftPatterns, line: 2, row: "A,99999999999999999999,1,08:00,17:00",
                 column: "cycle_week", fragment: "a cycle week 0-10000"),
        BadValue(name: "largest integer as a rotation offset", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,9223372036854775807,",
                 column: "rotation_offset", fragment: "a rotation offset in weeks 0-10000"),
        BadValue(name: "week cap of a million and one minutes", file: .workers, line: 3,
                 row: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,1000001",
                 column: "max_week_minutes", fragment: "a number of minutes 0-1000000"),
        BadValue(name: "households of ten million", file: .communities, line: 2, row: "C1,翠苑一区,30.29,120.12,10000000,",
                 column: "households", fragment: "a number of households 0-9999999"),
        BadValue(name: "largest integer as households", file: .communities, line: 2, row: "C1,翠苑一区,30.29,120.12,9223372036854775807,",
                 column: "households", fragment: "a number of households 0-9999999"),
        BadValue(name: "radius of 1e25", file: .servicePoints, line: 2, row: "P1,翠苑网点,C1,30.2905,120.1205,1e25,E1",
                 column: "radius_m", fragment: "from 0 to 20015114, found \"1e25\""),
        BadValue(name: "radius past half a great circle", file: .servicePoints, line: 2, row: "P1,翠苑网点,C1,30.2905,120.1205,20015115,E1",
                 column: "radius_m", fragment: "from 0 to 20015114"),
        BadValue(name: "price over a million yuan", file: .menu, line: 2, row: "E1,CLEAN2H,日常保洁,cleaning,both,hour,1000000.01,60,1,",
                 column: "price", fragment: "yuan 0-1000000"),
        BadValue(name: "max price of twelve digits", file: .demands, line: 2,
                 row: "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,999999999999,W1,,", column: "max_price", fragment: "yuan 0-1000000"),
        BadValue(name: "minutes beyond a day", file: .demands, line: 3, row: "D2,H2,cleaning,order,1441,once,,2026-11-25,13:00,18:00,,,,",
                 column: "minutes", fragment: "a number of minutes 1-1440"),
        BadValue(name: "menu minutes beyond a day", file: .menu, line: 2, row: "E1,CLEAN2H,日常保洁,cleaning,both,hour,45.00,9223372036854775807,1,",
                 column: "min_minutes", fragment: "a number of minutes 0-1440"),
        BadValue(name: "missing required value", file: .enterprises, line: 2, row: "E1,,employee,good,4.6",
                 column: "name", fragment: "missing value"),
        BadValue(name: "missing required column", file: .households, line: 1, row: "household_id,community_id,lat,lon",
                 column: "priority_group", fragment: "missing required column \"priority_group\""),
        BadValue(name: "row wider than the header", file: .enterprises, line: 3, row: "E2,好帮手,mixed,good,4.0,x",
                 column: "", fragment: "the header has 5 columns but this row has 6 fields"),
        BadValue(name: "short row missing a required value", file: .enterprises, line: 3, row: "E2,好帮手,mixed",
                 column: "credit", fragment: "missing value"),
    ]

    @Test(arguments: cases)
    func badValueIsReportedAtItsLineAndColumn(_ bad: BadValue) {
        let problems = Fixture().replacing(bad.file, line: bad.line, with: bad.row).problems()
        let errors = problems.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(
            errors.contains { $0.file == bad.file.rawValue && $0.line == bad.line && $0.column == bad.column && $0.message.contains(bad.fragment) },
            "\(errors)"
        )
        #expect(errors.allSatisfy { $0.file == bad.file.rawValue }, "a bad value must not cascade into other files: \(errors)")
    }

    /// Values the spec does not call errors are read: a week cap of 0 (no visits) or above a week (no cap), a
    /// menu item with no minimum duration, and a weekly demand whose active bounds are reversed (active on no
    /// day, with a warning at its line).
    /// What spreadsheets and data-frame libraries write is read as meant, each with a warning where something is
    /// left out: spaces around values and list items, `2640.0` for an integer, a trailing `;`, a repeated point
    /// enterprise, a once demand's active bounds, times on a cancelled visit, a row that stops early, a row of commas.
    @Test func spreadsheetHabitsAreRead() throws {
        let result = try Fixture()
            .replacing(.servicePoints, line: 2, with: "P1,翠苑网点,C1,30.2905,120.1205,1500, E1 ; E2;E1;")
            .replacing(.enterprises, line: 3, with: "E2,好帮手,mixed , warned")
            .replacing(.workers, line: 2, with: "W1,E1,employee,王芳,30.295,120.125,P1,cleaning:3;elder_care:2,2027-06-30,2026-03-01,enhanced,2025-05-01,good,4.8,A,0.0,2640.0")
            .replacing(.demands, line: 2, with: "D1,H1,elder_care,slot,120,weekly,1; 3;,,08:00,10:00,150.00,W1,2026-01-01,2026-12-31")
            .replacing(.demands, line: 3, with: "D2,H2,cleaning,order,120,once,,2026-11-25,13:00,18:00,,,2026-01-01,2026-12-31")
            .replacing(.serviceRecords, line: 3, with: "D2,2026-11-25,W2,household_cancelled,13:00,13:05,,,,改期")
            .appending(.households, ",,,,")
            .importing()
        #expect(result.dataset.servicePoints.first?.enterpriseIDs == ["E1", "E2"])
        let e2 = try #require(result.dataset.enterprises.first { $0.id == "E2" })
        #expect(e2.model == .mixed && e2.rating == nil)
        let w1 = try #require(result.dataset.workers.first { $0.id == "W1" })
        #expect(w1.rotationOffset == 0 && w1.maxWeekMinutes == 2640)
        #expect(result.dataset.demands.first { $0.id == "D1" }?.weekdays == [1, 3])
        let d2 = try #require(result.dataset.demands.first { $0.id == "D2" })
        #expect(d2.activeFrom == nil && d2.activeUntil == nil)
        #expect(result.dataset.serviceRecords.first { $0.demandID == "D2" }.map { $0.started == nil && $0.ended == nil } == true)
        let warned = Set(result.warnings.map { "\($0.file):\($0.line):\($0.column)" })
        for expected in ["service_points.csv:2:enterprise_ids", "enterprises.csv:3:", "demands.csv:3:active_from", "service_records.csv:3:started"] {
            #expect(warned.contains(expected), "no warning at \(expected): \(warned)")
        }
    }

    @Test func valuesTheSpecAllowsAreRead() throws {
        let fixture = Fixture()
            .replacing(.workers, line: 3, with: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,0")
            .replacing(.menu, line: 2, with: "E1,CLEAN2H,日常保洁,cleaning,both,hour,45.00,0,1,")
            .replacing(.demands, line: 2, with: "D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,,,2026-12-31,2026-01-01")
        let result = try fixture.importing()
        #expect(result.dataset.workers.first { $0.id == "W2" }?.maxWeekMinutes == 0)
        #expect(result.dataset.menu.first { $0.enterpriseID == "E1" && $0.itemCode == "CLEAN2H" }?.minMinutes == 0)
        let demand = try #require(result.dataset.demands.first { $0.id == "D1" })
        #expect(demand.activeFrom == Day(iso: "2026-12-31") && demand.activeUntil == Day(iso: "2026-01-01"))
        #expect(result.warnings.contains { $0.file == "demands.csv" && $0.line == 2 && $0.column == "active_until" && $0.message.contains("active on no day") })
        let wide = try Fixture()
            .replacing(.workers, line: 3, with: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,20000")
            .importing()
        #expect(wide.dataset.workers.first { $0.id == "W2" }?.maxWeekMinutes == 20000)
        // A radius of 0 or one reaching round the globe, a cycle over a year, a skill listed twice.
        let odd = try Fixture()
            .replacing(.servicePoints, line: 2, with: "P1,翠苑网点,C1,30.2905,120.1205,0,E1;E2")
            .appending(.servicePoints, "P2,古荡网点,C1,30.2905,120.1205,20000000,E1")
            .appending(.shiftPatterns, "A,60,4,08:00,17:00")
            .replacing(.workers, line: 3, with: "W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2;elder_care:1;cleaning:4,,2026-02-01,basic,2025-01-10,good,,A,1,")
            .importing()
        #expect(odd.dataset.servicePoints.map(\.radiusMeters).sorted() == [0, 20_000_000])
        #expect(odd.dataset.shiftDays.contains { $0.cycleWeek == 60 })
        #expect(odd.dataset.workers.first { $0.id == "W2" }?.skills == [Skill(category: .cleaning, level: 4), Skill(category: .elderCare, level: 1)])
        #expect(odd.warnings.contains { $0.file == "workers.csv" && $0.line == 3 && $0.column == "skills" && $0.message.contains("level 4") })
    }
}
