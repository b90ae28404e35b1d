import LinliModel

/// The hard rules of Docs/Rules.md, numbered as there.
public enum HardRule: Int, CaseIterable, Sendable, CustomStringConvertible {
    case employeeSystem = 1, credit, certificate, health, training, skill, menu, price, nearby, window,
         shiftAndRoute, weekCap, once, absence

    /// The rule's name as Docs/Rules.md writes it.
    public var name: String {
        switch self {
        case .employeeSystem: "employee-system"
        case .credit: "credit"
        case .certificate: "certificate"
        case .health: "health"
        case .training: "training"
        case .skill: "skill"
        case .menu: "menu"
        case .price: "price"
        case .nearby: "nearby"
        case .window: "window"
        case .shiftAndRoute: "shift and route"
        case .weekCap: "week cap"
        case .once: "once"
        case .absence: "absence"
        }
    }

    /// `rule 7 (menu)`.
    public var description: String { "rule \(rawValue) (\(name))" }
}
