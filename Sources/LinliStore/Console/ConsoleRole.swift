/// What a web-console account may see and do (Docs/Console.md).
public enum ConsoleRole: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Everything, accounts included.
    case admin
    /// A community office (社区): its own community's households, demands, roster rows and unmet visits.
    case office
    /// A household-service enterprise (家政企业): its own menu, workers and their routes.
    case enterprise
    /// District figures, coverage and planning; never a personal row.
    case planner

    /// The role's name in the console.
    public var chineseName: String {
        switch self {
        case .admin: "管理员"
        case .office: "社区"
        case .enterprise: "家政企业"
        case .planner: "规划"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
