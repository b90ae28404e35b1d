import Foundation
import LinliModel
import Testing

@testable import LinliWeb

/// The console's today is the date in China by its clock, whatever the server's own time zone, and a console
/// fixed to a day (`linli serve --today`) reads that day all day.
@Suite("The console's today")
struct ConsoleTodayTests {
    @Test func todayIsTheDateInChina() throws {
        // 2026-11-22 16:30 UTC is already Monday 2026-11-23 00:30 in China.
        let instant = Date(timeIntervalSince1970: 1_795_365_000)
        var configuration = ConsoleConfiguration()
        configuration.now = { instant }
        #expect(configuration.today == Day(iso: "2026-11-23"))
        configuration.now = { instant.addingTimeInterval(-3_600) }
        #expect(configuration.today == Day(iso: "2026-11-22"))
    }

    @Test func noonOfADayIsThatDay() throws {
        for text in ["2026-11-23", "2000-02-29", "2999-12-31", "1970-01-01"] {
            let day = try #require(Day(iso: text))
            #expect(ConsoleConfiguration.chinaDay(of: ConsoleConfiguration.chinaNoon(of: day)) == day, "\(text)")
        }
    }
}
