import Foundation

/// One WebDriver session: a headless browser window driven by the W3C commands a console test needs.
public struct BrowserSession: Sendable {
    public let driver: WebDriver
    public let id: String

    private struct Created: Decodable { var sessionId: String }
    private struct NewSession<C: Encodable>: Encodable { var capabilities: C }

    /// Opens a session with `capabilities`; elements are waited for up to 10 s before "no such element".
    static func open(_ driver: WebDriver, capabilities: some Encodable) async throws -> BrowserSession {
        let created: Created = try await driver.send("POST", "session", NewSession(capabilities: capabilities))
        let session = BrowserSession(driver: driver, id: created.sessionId)
        try await session.driver.perform("POST", session.path("timeouts"), ["implicit": 10_000, "pageLoad": 60_000])
        return session
    }

    /// Ends the session and closes the browser.
    func close() async throws {
        try await driver.perform("DELETE", "session/\(id)", WebDriver.Empty?.none)
    }

    func path(_ command: String) -> String { "session/\(id)/\(command)" }

    /// Loads `url` and waits for the page to load.
    public func navigate(to url: String) async throws {
        try await driver.perform("POST", path("url"), ["url": url])
    }

    /// The address of the current page.
    public func currentURL() async throws -> String { try await driver.send("GET", path("url")) }

    /// The title of the current page.
    public func title() async throws -> String { try await driver.send("GET", path("title")) }

    /// The HTML of the current page as the browser holds it now.
    public func source() async throws -> String { try await driver.send("GET", path("source")) }

    /// The first element matching CSS `selector`, waiting for it up to the implicit timeout.
    public func element(_ selector: String) async throws -> Element {
        let reference: Element.Reference = try await driver.send(
            "POST", path("element"), ["using": "css selector", "value": selector])
        return Element(session: self, id: reference.id, selector: selector)
    }

    /// Every element matching CSS `selector` now (possibly none; no waiting once one is there).
    public func elements(_ selector: String) async throws -> [Element] {
        let references: [Element.Reference] = try await driver.send(
            "POST", path("elements"), ["using": "css selector", "value": selector])
        return references.map { Element(session: self, id: $0.id, selector: selector) }
    }

    /// The visible text of the whole page.
    public func pageText() async throws -> String { try await element("body").text() }

    /// Runs `script` (a function body) in the page and returns what it returns.
    public func execute<Value: Decodable>(_ script: String, as: Value.Type = Value.self) async throws -> Value {
        try await driver.send("POST", path("execute/sync"), Script(script: script, args: []))
    }

    private struct Script: Encodable {
        var script: String
        var args: [String]
    }

    /// A PNG of the window. With `fullPage`, the window is first made as tall as the page (up to 6000 px)
    /// and set back to 1280×900 afterwards.
    public func screenshot(fullPage: Bool = false) async throws -> Data {
        if fullPage {
            let height: Int = try await execute(
                "return Math.ceil(Math.max(document.body.scrollHeight, document.documentElement.scrollHeight));")
            try await resize(width: 1280, height: min(max(height, 900), 6000))
        }
        let encoded: String = try await driver.send("GET", path("screenshot"))
        if fullPage { try await resize(width: 1280, height: 900) }
        guard let png = Data(base64Encoded: encoded) else {
            throw WebDriverError(command: "GET screenshot", error: "unexpected answer", message: "not base64")
        }
        return png
    }

    /// Sets the outer size of the window.
    public func resize(width: Int, height: Int) async throws {
        try await driver.perform("POST", path("window/rect"), ["width": width, "height": height])
    }

    /// The text of the open `confirm`/`alert` dialog.
    public func alertText() async throws -> String { try await driver.send("GET", path("alert/text")) }

    /// Presses OK on the open dialog (a `confirm` then answers true).
    public func acceptAlert() async throws {
        try await driver.perform("POST", path("alert/accept"), WebDriver.Empty())
    }

    /// Polls `condition` every 200 ms until it holds; throws after `seconds` naming `what` was awaited.
    public func wait(
        seconds: Double = 30, for what: String, _ condition: () async throws -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            do {
                if try await condition() { return }
            } catch let error as WebDriverError where ["stale element reference", "no such element", "timeout"].contains(error.error)
                || error.message.contains("does not belong to the document") {
                // The page reloaded between finding an element and reading it (a self-refreshing page, or the
                // page a form's answer replaces; chromedriver sometimes says so as an "unknown error" whose node
                // "does not belong to the document"), or it is not there yet, or a renderer busy with a loaded
                // machine did not answer chromedriver in time ("timeout"): look again.
            }
            guard Date() < deadline else {
                let url = (try? await currentURL()) ?? "?"
                let text = (try? await pageText()) ?? ""
                throw WaitTimeout(what: what, url: url, text: String(text.prefix(2000)))
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    struct WaitTimeout: Error, CustomStringConvertible {
        var what: String
        var url: String
        var text: String
        var description: String { "timed out waiting for \(what) on \(url); the page says:\n\(text)" }
    }
}
