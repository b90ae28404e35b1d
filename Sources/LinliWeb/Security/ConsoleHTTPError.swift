import HTTPTypes

/// A refusal the console shows as a page: its status and a message in Chinese (the English term in brackets).
public struct ConsoleHTTPError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    /// Headers the answer carries besides the page's own (`Allow` on a 405).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// A role the route does not allow.
    public static let forbidden = Self(.forbidden, "您的账号无权使用此页面 (forbidden)。")
    /// An id that does not exist or is outside the viewer's scope: the two are not told apart.
    public static let notFound = Self(.notFound, "找不到此页面或记录 (not found)。")
    /// A POST without the session's CSRF token.
    public static let badToken = Self(.forbidden, "表单已过期或来源不明 (CSRF token)，请返回刷新页面后重试。")

    /// A lane of long work (``WorkLane``) is full: try again in a moment.
    public static let busy = Self(.serviceUnavailable, "服务器繁忙 (busy)，请稍后再试。")

    /// A method the path does not take; `allow` lists those it does.
    public static func methodNotAllowed(allow: String) -> Self {
        Self(.methodNotAllowed, message(for: .methodNotAllowed), headers: [.allow: allow])
    }

    /// A request body over the limit.
    public static func tooLarge(maxBytes: Int) -> Self {
        let size = maxBytes >= 1 << 20 ? "\(maxBytes >> 20) MB" : "\(maxBytes >> 10) KB"
        return Self(.contentTooLarge, "上传内容太大 (too large)：最多 \(size)。请拆分文件或缩短内容后再提交。")
    }

    /// The words for a status that arrived without a message of ours.
    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "请求无法识别 (bad request)。"
        case 403: forbidden.message
        case 404: notFound.message
        case 405: "此页面不接受这种请求 (method not allowed)。"
        case 413: "上传内容太大 (too large)。请拆分文件后再上传。"
        case 429: "尝试次数过多 (too many requests)，请稍后再试。"
        case 503: busy.message
        default: "服务器出错 (server error)，请稍后再试；问题持续时请联系管理员。"
        }
    }
}
