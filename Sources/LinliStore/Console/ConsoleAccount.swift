/// A web-console account: its role and the community or enterprise it is scoped to.
public struct ConsoleAccount: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// The unique login name.
    public var name: String
    public var role: ConsoleRole
    /// The community of an office account; nil for the other roles.
    public var communityID: String?
    /// The enterprise of an enterprise account; nil for the other roles.
    public var enterpriseID: String?

    public init(id: Int64, name: String, role: ConsoleRole, communityID: String? = nil, enterpriseID: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.communityID = communityID
        self.enterpriseID = enterpriseID
    }
}
