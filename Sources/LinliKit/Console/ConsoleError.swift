import LinliStore

/// Why an account could not be created or a sign-in was refused.
public enum ConsoleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The login name is empty, too long, or holds spaces, control or format characters.
    case badName(String)
    /// Another account has this name.
    case nameTaken(String)
    /// The password is shorter than ``AccountPolicy/minimumPasswordLength``.
    case shortPassword(minimum: Int)
    /// The password is longer than ``AccountPolicy/maximumPasswordBytes`` bytes of UTF-8, which bcrypt would cut.
    case longPassword(maximumBytes: Int)
    /// An office account without a community, or an enterprise account without an enterprise; `option` names the
    /// scope (`community`, `enterprise`) in words that fit both `linli user add` and the console's form.
    case missingScope(role: ConsoleRole, option: String)
    /// A scope given to a role it does not apply to.
    case unexpectedScope(role: ConsoleRole, option: String)
    /// The community named is not in the stored dataset.
    case unknownCommunity(String)
    /// The enterprise named is not in the stored dataset.
    case unknownEnterprise(String)
    /// The name or the password is wrong (which one is not said).
    case wrongPassword
    /// Too many wrong passwords for this name lately.
    case throttled(minutes: Int)

    public var description: String {
        switch self {
        case let .badName(name):
            "the account name '\(name)' must be 1 to \(AccountPolicy.maximumNameLength) characters without spaces"
        case let .nameTaken(name): "an account named '\(name)' exists already"
        case let .shortPassword(minimum): "the password must be at least \(minimum) characters long"
        case let .longPassword(maximumBytes): "the password must be at most \(maximumBytes) bytes long (about \(maximumBytes / 3) Chinese characters)"
        case let .missingScope(role, option): "an \(role.rawValue) account needs a\(option == "enterprise" ? "n" : "") \(option)"
        case let .unexpectedScope(role, option): "a\(option == "enterprise" ? "n" : "") \(option) does not apply to a\(role == .admin ? "n" : "") \(role.rawValue) account"
        case let .unknownCommunity(id): "no community '\(id)' in the stored dataset"
        case let .unknownEnterprise(id): "no enterprise '\(id)' in the stored dataset"
        case .wrongPassword: "wrong name or password"
        case let .throttled(minutes): "too many wrong passwords; try again in \(minutes) minutes"
        }
    }
}
