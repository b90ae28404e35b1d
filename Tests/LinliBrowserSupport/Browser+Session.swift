import Foundation

extension Browser {
    /// Starts chromedriver on a free port, opens a headless session, runs `body` with it, and always closes
    /// the session and stops chromedriver afterwards.
    ///
    /// - Parameter downloads: the folder the browser saves downloads into, without asking.
    public func withSession<T>(
        downloads: URL? = nil, _ body: (BrowserSession) async throws -> T
    ) async throws -> T {
        let port = try FreePort.pick()
        let driverProcess = try ChildProcess(chromedriver, ["--port=\(port)", "--allowed-ips=127.0.0.1"])
        // chromedriver does not end on SIGTERM; its own shutdown command ends it at once.
        defer { driverProcess.stop(seconds: 3) }
        let driver = WebDriver(base: URL(string: "http://127.0.0.1:\(port)")!)
        try await driverProcess.waitUntil(seconds: 30, what: "chromedriver") {
            let status = try? await driver.send("GET", "status", as: Status.self, seconds: 1)
            return status?.ready == true
        }
        let session = try await BrowserSession.open(driver, capabilities: capabilities(downloads: downloads))
        let result: Result<T, any Error>
        do {
            result = .success(try await body(session))
        } catch {
            result = .failure(error)
        }
        try? await session.close()
        try? await driver.perform("GET", "shutdown", seconds: 3)
        return try result.get()
    }

    private struct Status: Decodable { var ready: Bool }

    /// Headless Chromium as the CI machine (root, no GPU, small /dev/shm) can run it, with every browser
    /// console message kept for ``BrowserSession/consoleLog()``.
    func capabilities(downloads: URL?) -> Capabilities {
        var preferences: [String: Preference] = [:]
        if let downloads {
            preferences["download.default_directory"] = .text(downloads.path)
            preferences["download.prompt_for_download"] = .flag(false)
        }
        return Capabilities(alwaysMatch: .init(
            browserName: "chrome",
            chromeOptions: .init(
                binary: chromium.path,
                args: [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--lang=zh-CN", "--no-first-run", "--disable-extensions",
                ],
                prefs: preferences),
            loggingPrefs: ["browser": "ALL"]))
    }

    /// The new-session capabilities (https://www.w3.org/TR/webdriver2/#capabilities) with Chrome's own keys.
    struct Capabilities: Encodable {
        var alwaysMatch: Match

        struct Match: Encodable {
            var browserName: String
            var chromeOptions: ChromeOptions
            var loggingPrefs: [String: String]

            enum CodingKeys: String, CodingKey {
                case browserName
                case chromeOptions = "goog:chromeOptions"
                case loggingPrefs = "goog:loggingPrefs"
            }
        }

        struct ChromeOptions: Encodable {
            var binary: String
            var args: [String]
            var prefs: [String: Preference]
        }
    }

    /// A Chrome preference value.
    enum Preference: Encodable {
        case text(String)
        case flag(Bool)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .flag(let flag): try container.encode(flag)
            }
        }
    }
}
