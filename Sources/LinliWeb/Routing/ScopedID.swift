/// An id a route reads from its path, query or form, which ``AccessPolicy`` checks against the viewer's scope
/// before the handler runs.
public struct ScopedID: Hashable, Sendable {
    /// What the id names, and so which scope rule applies (Docs/Console.md, "Scope").
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case community, enterprise, household, worker, demand, run
    }

    /// Where the request carries the id.
    public enum Source: String, Hashable, Sendable {
        /// A path parameter (`/office/households/{household}`): always present.
        case path
        /// A query item (`?community=C1`): checked when present.
        case query
        /// A field of the posted form: checked when present.
        case form
    }

    public var kind: Kind
    /// The parameter's, query item's or form field's name.
    public var name: String
    public var source: Source

    public init(_ kind: Kind, _ name: String, in source: Source) {
        self.kind = kind
        self.name = name
        self.source = source
    }

    public static func path(_ kind: Kind, _ name: String? = nil) -> Self { Self(kind, name ?? kind.rawValue, in: .path) }
    public static func query(_ kind: Kind, _ name: String? = nil) -> Self { Self(kind, name ?? kind.rawValue, in: .query) }
    public static func form(_ kind: Kind, _ name: String? = nil) -> Self { Self(kind, name ?? kind.rawValue, in: .form) }
}
