import Foundation
import LinliModel

/// The dates the enterprise and planner pages read from their query (`?on=YYYY-MM-DD`, default today;
/// `?day=YYYY-MM-DD`), and the escaping of ids put into their links.
enum OrgDates {
    /// Today in the server's time zone.
    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }

    /// `?on=`, or today. - Throws: 400 for a malformed date.
    static func day(_ page: PageRequest, _ name: String = "on") throws -> Day {
        guard let text = page.query(name), !text.isEmpty else { return today() }
        guard let day = Day(iso: text) else { throw ConsoleHTTPError(.badRequest, "日期格式应为 YYYY-MM-DD (date)：\(text)") }
        return day
    }

    /// `id` escaped for use as one path segment.
    static func pathComponent(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id
    }

    /// `value` escaped for use as a query value.
    static func queryValue(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? value
    }
}
