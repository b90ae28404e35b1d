import Hummingbird

/// The stylesheet and the script, served from the binary (no CDN, no resource bundle).
enum StaticFiles {
    static func stylesheet(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        file(Stylesheet.text, type: "text/css; charset=utf-8")
    }

    static func script(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        file(Script.text, type: "text/javascript; charset=utf-8")
    }

    private static func file(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
