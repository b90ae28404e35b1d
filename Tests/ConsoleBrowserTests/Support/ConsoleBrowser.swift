import Foundation
import LinliBrowserSupport
import Testing

/// A headless browser on a ``ConsoleServer``: signs in as an account, and after every page checks that the
/// browser's console logged no error (an uncaught exception, a script or style the Content-Security-Policy
/// refused, a resource that failed to load).
struct ConsoleBrowser {
    let session: BrowserSession
    let console: ConsoleServer
    /// Where the browser saves downloads.
    let downloads: URL

    /// Starts a browser for `console`, runs `body`, and closes it.
    static func with<T>(_ console: ConsoleServer, _ body: (ConsoleBrowser) async throws -> T) async throws -> T {
        let downloads = console.folder.appendingPathComponent("downloads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        return try await Browser.require().withSession(downloads: downloads) { session in
            try await body(ConsoleBrowser(session: session, console: console, downloads: downloads))
        }
    }

    /// Opens `path` of the console and checks the console log.
    func open(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await session.navigate(to: console.url(path))
        try await expectNoConsoleErrors(sourceLocation: sourceLocation)
    }

    /// Signs in through the login form as `account` and waits to leave the login page.
    func signIn(_ account: ConsoleAccount, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await open("/login", sourceLocation: sourceLocation)
        try await session.element("input[name=name]").sendKeys(account.name)
        try await session.element("input[name=password]").sendKeys(ConsoleAccount.password)
        try await session.element("form.login button[type=submit]").click()
        try await session.wait(for: "the page after signing in as \(account.name)") {
            try await !session.currentURL().hasSuffix("/login")
        }
        try await expectNoConsoleErrors(sourceLocation: sourceLocation)
    }

    /// Records an issue for every error the browser's console logged since the last check.
    func expectNoConsoleErrors(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        // The browser asks for /favicon.ico by itself, and the console serves none yet (404): that request is no
        // error of the page's own, so it alone is let through until the console serves an icon.
        let errors = try await session.consoleErrors().filter { !$0.message.contains("/favicon.ico ") }
        let url = try await session.currentURL()
        #expect(errors.isEmpty, "JavaScript console errors on \(url): \(errors)", sourceLocation: sourceLocation)
    }

    /// The path and query of the current page.
    func currentPath() async throws -> String {
        String(try await session.currentURL().dropFirst(console.address.count))
    }

    /// The visible text of the page.
    func text() async throws -> String { try await session.pageText() }

    /// Clicks the link whose address starts with `prefix` and waits for the download `named`
    /// (a prefix of the file name) to be complete; returns its bytes.
    func download(linkTo prefix: String, named: String) async throws -> Data {
        try await session.element("a[href^='\(prefix)']").click()
        var found: URL?
        try await session.wait(for: "the download of \(named)…") {
            let names = try FileManager.default.contentsOfDirectory(atPath: downloads.path)
            found = names.first { $0.hasPrefix(named) && !$0.hasSuffix(".crdownload") }
                .map { downloads.appendingPathComponent($0) }
            return found != nil
        }
        return try Data(contentsOf: found!)
    }

    /// Saves a full-page PNG of the current page as `name`.png in the folder `LINLI_SCREENSHOTS` names
    /// (the documentation's screenshots come from here); does nothing when it is not set.
    func screenshot(_ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["LINLI_SCREENSHOTS"], !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let png = try await session.screenshot(fullPage: true)
        try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).png"))
    }
}
