import Foundation

/// The headless Chromium of the machine and its chromedriver (Debian's `chromium` and `chromium-driver`), found
/// on the `PATH` or named by `LINLI_CHROMIUM` / `LINLI_CHROMEDRIVER`.
public struct Browser: Sendable {
    public var chromium: URL
    public var chromedriver: URL

    /// The installed browser, or nil when either program is missing.
    public static let installed: Browser? = {
        let environment = ProcessInfo.processInfo.environment
        guard
            let chromium = find(environment["LINLI_CHROMIUM"], ["chromium", "chromium-browser", "google-chrome"]),
            let chromedriver = find(environment["LINLI_CHROMEDRIVER"], ["chromedriver"])
        else { return nil }
        return Browser(chromium: chromium, chromedriver: chromedriver)
    }()

    /// True when `LINLI_REQUIRE_BROWSER=1` (CI sets it): a missing browser is then a failure, not a skip.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["LINLI_REQUIRE_BROWSER"] == "1" }

    /// Whether browser tests should run: the browser is installed, or it is required (and its absence will fail
    /// them). Says loudly on standard error when they are skipped.
    public static let shouldRun: Bool = {
        if installed != nil || isRequired { return true }
        let banner = String(repeating: "!", count: 78)
        FileHandle.standardError.write(Data("""
            \(banner)
            !! BROWSER TESTS SKIPPED: no chromium and chromedriver on the PATH.
            !! Install them (Debian: apt-get install chromium chromium-driver) to run the console in a real
            !! browser; .ci/run installs them and sets LINLI_REQUIRE_BROWSER=1 so that CI never skips.
            \(banner)

            """.utf8))
        return false
    }()

    /// The installed browser; throws when it is missing (only reached when `LINLI_REQUIRE_BROWSER=1`).
    public static func require() throws -> Browser {
        guard let installed else { throw MissingBrowser() }
        return installed
    }

    struct MissingBrowser: Error, CustomStringConvertible {
        var description: String {
            "LINLI_REQUIRE_BROWSER=1 but chromium or chromedriver is not on the PATH (apt-get install chromium chromium-driver)"
        }
    }

    private static func find(_ override: String?, _ names: [String]) -> URL? {
        if let override, !override.isEmpty {
            return FileManager.default.isExecutableFile(atPath: override) ? URL(fileURLWithPath: override) : nil
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }
}
