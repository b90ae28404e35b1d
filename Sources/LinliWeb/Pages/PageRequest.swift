import Foundation
import HTTPTypes
import Hummingbird
import LinliKit
import LinliStore

/// What a page handler gets: the request, the signed-in session whose role and ids ``AccessPolicy`` checked,
/// and the console's services, with the helpers every page uses.
public struct PageRequest: Sendable {
    public let request: Request
    public let context: ConsoleContext
    public let console: WebConsole
    public let session: ConsoleSession

    public var account: ConsoleAccount { session.account }
    /// The filter the page's queries must apply.
    public var scope: ViewerScope { ViewerScope(account) }
    public var workspace: Workspace { console.workspace }
    /// The posted form (empty for a GET).
    public var form: FormData { context.form }

    /// The path parameter `name` (always present for a declared parameter).
    public func parameter(_ name: String) -> String? { context.parameters.get(name) }

    /// The query item `name`.
    public func query(_ name: String) -> String? { request.uri.queryParameters.get(name) }

    /// The stored dataset and its scope index (cached by revision).
    public func dataset() throws -> DatasetCache.Snapshot { try console.datasets.current() }

    /// The page `template` rendered with `data` inside the layout (header, navigation, logout form).
    public func render(_ template: String, title: String, _ data: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        let body = try console.renderer.fragment(template, data)
        return console.renderer.page(title: title, body: body, viewer: viewer(), currentPath: request.uri.path, status: status)
    }

    /// The layout's account box and navigation for this viewer.
    func viewer() -> Viewer {
        var label: String?
        if let snapshot = try? dataset() {
            if let id = account.communityID { label = snapshot.dataset.communities.first { $0.id == id }?.name ?? id }
            if let id = account.enterpriseID { label = snapshot.dataset.enterprises.first { $0.id == id }?.name ?? id }
        }
        return Viewer(session: session, scopeLabel: label)
    }

    /// Records a change made by this viewer in the audit log (Docs/Console.md, "Audit"); call it after every
    /// successful state change, in the handler that made it.
    public func audit(_ action: String, _ details: String) throws {
        try workspace.audit(account, action: action, details: details)
    }

    /// A 303 See Other to `path` (after a POST, or to send the browser elsewhere).
    public static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
