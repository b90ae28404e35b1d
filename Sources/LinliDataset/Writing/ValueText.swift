import LinliModel

/// Values in the text formats of Docs/Dataset.md.
enum ValueText {
    /// A decimal that reads back to the same `Double`: integral values without a fraction (`800`),
    /// others in Swift's shortest round-trip form (`30.2741`).
    static func decimal(_ v: Double) -> String {
        if v.rounded() == v, abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    static func optional<T: CustomStringConvertible>(_ v: T?) -> String { v.map(\.description) ?? "" }

    static func optionalDecimal(_ v: Double?) -> String { v.map(decimal) ?? "" }

    static func list<T: CustomStringConvertible>(_ items: [T]) -> String {
        items.map(\.description).joined(separator: ";")
    }

    static func skills(_ skills: [Skill]) -> String {
        skills.map { "\($0.category.rawValue):\($0.level)" }.joined(separator: ";")
    }
}
