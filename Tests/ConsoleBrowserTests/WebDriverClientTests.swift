import Foundation
import LinliBrowserSupport
import Testing

/// The WebDriver client itself, on a local page that needs no server: every command the console tests use.
@Suite(.enabled(if: Browser.shouldRun, "needs chromium and chromedriver"), .serialized)
struct WebDriverClientTests {
    static let page = """
        <!doctype html><html><head><meta charset="utf-8"><title>客户端</title></head><body>
        <form id="f" onsubmit="event.preventDefault();
          const file = document.getElementById('upload').files[0];
          document.getElementById('out').textContent =
            document.getElementById('name').value + ' / ' + file.name + ' / ' + file.size;">
          <input id="name"><input id="upload" type="file"><button id="go">提交</button>
        </form>
        <p id="out"></p>
        <a id="csv" href="data:text/csv;charset=utf-8,a%2Cb%0A1%2C2%0A" download="rows.csv">CSV</a>
        <button id="broken" onclick="notDefinedAnywhere()">坏</button>
        </body></html>
        """

    @Test func typesUploadsClicksReadsAndShoots() async throws {
        let folder = try TemporaryFolder()
        let page = folder.url.appendingPathComponent("page.html")
        try Self.page.write(to: page, atomically: true, encoding: .utf8)
        let upload = folder.url.appendingPathComponent("demands.csv")
        try "demand_id\nD1\n".write(to: upload, atomically: true, encoding: .utf8)

        try await Browser.require().withSession { browser in
            try await browser.navigate(to: page.absoluteString)
            #expect(try await browser.title() == "客户端")
            try await browser.element("#name").sendKeys("王芳")
            try await browser.element("#upload").sendKeys(upload.path)
            try await browser.element("#go").click()
            #expect(try await browser.element("#out").text() == "王芳 / demands.csv / 13")

            let png = try await browser.screenshot(fullPage: true)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(try await browser.consoleErrors().isEmpty)
        }
    }

    @Test func reportsAJavaScriptErrorAsSevere() async throws {
        let folder = try TemporaryFolder()
        let page = folder.url.appendingPathComponent("page.html")
        try Self.page.write(to: page, atomically: true, encoding: .utf8)

        try await Browser.require().withSession { browser in
            try await browser.navigate(to: page.absoluteString)
            try await browser.element("#broken").click()
            let errors = try await browser.consoleErrors()
            #expect(errors.contains { $0.message.contains("notDefinedAnywhere") }, "\(errors)")
        }
    }

    @Test func savesADownloadIntoTheFolderGiven() async throws {
        let folder = try TemporaryFolder()
        let page = folder.url.appendingPathComponent("page.html")
        try Self.page.write(to: page, atomically: true, encoding: .utf8)
        let downloads = folder.url.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)

        try await Browser.require().withSession(downloads: downloads) { browser in
            try await browser.navigate(to: page.absoluteString)
            try await browser.element("#csv").click()
            let file = downloads.appendingPathComponent("rows.csv")
            try await browser.wait(for: "the download") { FileManager.default.fileExists(atPath: file.path) }
            #expect(try String(contentsOf: file, encoding: .utf8) == "a,b\n1,2\n")
        }
    }
}
