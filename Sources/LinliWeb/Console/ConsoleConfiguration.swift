import Foundation
import LinliKit
import LinliModel

/// How a console server runs: where it listens, its account rules and its upload limit.
public struct ConsoleConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Bcrypt cost, throttling and session lifetime.
    public var accounts: AccountPolicy
    /// The largest request body accepted (an uploaded CSV and its form), in bytes; larger ones get 413.
    public var maxUploadBytes: Int
    /// The most demands a community may hold after an office's demands.csv upload, and so the most rows one
    /// such file may have; an upload past it is refused (422) with nothing stored.
    public var maxDemandRows: Int
    /// The most workers an enterprise may hold after its workers.csv upload; an upload past it is refused (422)
    /// with nothing stored.
    public var maxWorkerRows: Int
    /// Marks the console's cookies `Secure`, so a browser sends them over HTTPS only: for a console served
    /// behind a TLS proxy (`linli serve --secure-cookies`). Off by default, since the plain-HTTP server on
    /// 127.0.0.1 could then not keep anyone signed in.
    public var secureCookies: Bool
    /// The reverse proxies (IP addresses, normalised by ``ClientAddress/normalised(_:)``) whose
    /// `X-Forwarded-For` names the client a request came from (`linli serve --trusted-proxy`): behind a TLS proxy
    /// every connection comes from the proxy, and without this the sign-in throttle counts every client as one.
    /// Empty by default: the connection's address is the client's.
    public var trustedProxies: Set<String> = []
    /// Seconds a connection may send nothing while its request is unfinished, or while it has no request, before
    /// the server closes it: a client that opens connections and never finishes a request cannot hold them.
    public var idleTimeout: Double
    /// The console's clock, read only through ``today`` and ``timeOfDay``. The system clock unless `linli serve --today` or a
    /// test fixes it.
    public var now: @Sendable () -> Date

    public init(
        host: String = "127.0.0.1", port: Int = 8080, accounts: AccountPolicy = AccountPolicy(), maxUploadBytes: Int = 8 << 20,
        secureCookies: Bool = false, idleTimeout: Double = 30, maxDemandRows: Int = 2000,
        maxWorkerRows: Int = 2000, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.maxUploadBytes = maxUploadBytes
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
        self.maxDemandRows = maxDemandRows
        self.maxWorkerRows = maxWorkerRows
        self.now = now
    }

    /// The console's today: the date in China (UTC+8) by ``now``. Every page's default date and week, and the
    /// current week an office may roster from (``OfficeRosterRule``), are read from it.
    public var today: Day { Self.chinaDay(of: now()) }

    /// The console's time of day in China (UTC+8) by ``now``: a record of today's visit cannot end after it.
    public var timeOfDay: TimeOfDay { Self.chinaTimeOfDay(of: now()) }

    /// The time of day in China (UTC+8) at `instant`.
    public static func chinaTimeOfDay(of instant: Date) -> TimeOfDay {
        let c = chinaCalendar.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(minutes: (c.hour ?? 0) * 60 + (c.minute ?? 0))
    }

    /// The date in China (UTC+8) at `instant`.
    public static func chinaDay(of instant: Date) -> Day {
        let c = chinaCalendar.dateComponents([.year, .month, .day], from: instant)
        return Day(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }

    /// Noon in China on `day`: the instant a console fixed to that day (`linli serve --today`) reads as now.
    public static func chinaNoon(of day: Day) -> Date {
        let civil = day.civil
        let components = DateComponents(year: civil.year, month: civil.month, day: civil.day, hour: 12)
        return chinaCalendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    private static var chinaCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        return calendar
    }
}
