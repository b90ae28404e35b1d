import LinliStore

/// `linli user add`: the account to create.
public struct NewAccount: Hashable, Sendable {
    public var name: String
    public var role: ConsoleRole
    public var communityID: String?
    public var enterpriseID: String?
    public var password: String

    public init(name: String, role: ConsoleRole, communityID: String? = nil, enterpriseID: String? = nil, password: String) {
        self.name = name
        self.role = role
        self.communityID = communityID
        self.enterpriseID = enterpriseID
        self.password = password
    }

    /// The problem with the fields alone, before looking at the dataset; nil when they are sound.
    var problem: ConsoleError? {
        let badCharacter = name.unicodeScalars.contains { $0.properties.isWhitespace || AccountPolicy.isUnprintable($0) }
        if name.isEmpty || name.count > AccountPolicy.maximumNameLength || badCharacter { return .badName(name) }
        if let problem = AccountPolicy.passwordProblem(password) { return problem }
        if role == .office, communityID == nil { return .missingScope(role: role, option: "community") }
        if role == .enterprise, enterpriseID == nil { return .missingScope(role: role, option: "enterprise") }
        if role != .office, communityID != nil { return .unexpectedScope(role: role, option: "community") }
        if role != .enterprise, enterpriseID != nil { return .unexpectedScope(role: role, option: "enterprise") }
        return nil
    }
}
