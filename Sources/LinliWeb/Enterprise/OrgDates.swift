import Foundation
import LinliModel

/// The dates the enterprise and planner pages read from their query (`?on=YYYY-MM-DD`, default the console's today;
/// `?day=YYYY-MM-DD`), and the escaping of ids put into their links.
enum OrgDates {
    /// `?on=`, or today. - Throws: 400 for a malformed date.
    static func day(_ page: PageRequest, _ name: String = "on") throws -> Day {
        guard let text = page.query(name), !text.isEmpty else { return page.console.configuration.today }
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
