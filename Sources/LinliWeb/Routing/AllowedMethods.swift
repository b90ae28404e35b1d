import HTTPTypes

/// The methods each path of the console takes, from the route declarations (``AreaRegistry``): what a 405
/// answer's `Allow` header lists. HEAD goes with GET (the router answers it for every GET route).
struct AllowedMethods: Sendable {
    /// One path pattern: literal segments, and `nil` where a parameter takes any one segment.
    struct Pattern: Sendable {
        var segments: [String?]
        var methods: Set<HTTPRequest.Method>

        func matches(_ path: [Substring]) -> Bool {
            path.count == segments.count && zip(segments, path).allSatisfy { $0 == nil || $0! == $1 }
        }
    }

    let patterns: [Pattern]

    init(routes: [RouteDescriptor]) {
        var byPath: [String: Pattern] = [:]
        for route in routes {
            let segments: [String?] = route.path.split(separator: "/").map { segment in
                segment.hasPrefix("{") || segment.hasPrefix(":") ? nil : String(segment)
            }
            byPath[route.path, default: Pattern(segments: segments, methods: [])].methods.insert(route.method)
            if route.method == .get { byPath[route.path]!.methods.insert(.head) }
        }
        patterns = byPath.keys.sorted().map { byPath[$0]! }
    }

    /// The methods of every route whose pattern matches `path` (a request's path, without its query), or nil when
    /// no route has that path: a literal route and a parameter route of the same shape (`route` and `route.csv`
    /// beside `{worker}`) both count, as the router would take either.
    func methods(forPath path: String) -> Set<HTTPRequest.Method>? {
        let segments = path.split(separator: "/")
        let matching = patterns.filter { $0.matches(segments) }
        return matching.isEmpty ? nil : matching.reduce(into: Set()) { $0.formUnion($1.methods) }
    }

    /// The `Allow` header's value for `methods`, in a fixed order (routes use only the methods listed).
    static func header(_ methods: Set<HTTPRequest.Method>) -> String {
        let order: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options]
        return order.filter(methods.contains).map(\.rawValue).joined(separator: ", ")
    }
}
