import Foundation

/// An element of the page a ``BrowserSession`` shows (https://www.w3.org/TR/webdriver2/#elements).
public struct Element: Sendable {
    public let session: BrowserSession
    public let id: String
    /// The CSS selector it was found by, for error messages.
    public let selector: String

    /// The JSON form of a web element reference.
    struct Reference: Decodable {
        var id: String
        enum CodingKeys: String, CodingKey { case id = "element-6066-11e4-a52e-4f735466cecf" }
    }

    private func path(_ command: String) -> String { session.path("element/\(id)/\(command)") }

    /// Types `text` into the element. For an `<input type=file>`, `text` is the path of the file to upload.
    public func sendKeys(_ text: String) async throws {
        try await session.driver.perform("POST", path("value"), ["text": text])
    }

    /// Empties an input or text area.
    public func clear() async throws {
        try await session.driver.perform("POST", path("clear"), WebDriver.Empty())
    }

    /// Clicks the element (scrolling it into view); a click that submits a form waits for the next page.
    public func click() async throws {
        try await session.driver.perform("POST", path("click"), WebDriver.Empty())
    }

    /// The element's rendered text.
    public func text() async throws -> String { try await session.driver.send("GET", path("text")) }

    /// The value of attribute `name`, or nil when it has none.
    public func attribute(_ name: String) async throws -> String? {
        try await session.driver.send("GET", path("attribute/\(name)"))
    }

    /// The first descendant matching CSS `selector`.
    public func element(_ selector: String) async throws -> Element {
        let reference: Reference = try await session.driver.send(
            "POST", path("element"), ["using": "css selector", "value": selector])
        return Element(session: session, id: reference.id, selector: "\(self.selector) \(selector)")
    }
}
