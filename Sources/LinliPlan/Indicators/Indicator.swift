/// The 领跑者 (pilot leader) indicators a district's household services are judged by.
public enum Indicator: String, CaseIterable, Hashable, Sendable {
    case enterprises
    /// Enterprises of the employee model (员工制).
    case employeeEnterprises = "employee_enterprises"
    /// Workers employed as employees ÷ all workers.
    case employeeWorkerShare = "employee_worker_share"
    case servicePoints = "service_points"
    /// District reach (社区家政网点服务能力覆盖率), weighted by official households.
    case reachCoverage = "reach_coverage"
    /// Workers whose home-visit certificate (居家上门服务证) is valid on the date.
    case certifiedWorkerShare = "certified_worker_share"
    /// Workers with a health check 0-364 days before the date.
    case healthCheckedWorkerShare = "health_checked_worker_share"
    /// Workers trained 0-729 days before the date.
    case trainedWorkerShare = "trained_worker_share"
    /// Workers with all three of the above.
    case readyWorkerShare = "ready_worker_share"
    /// Enterprises on a 严重失信 list.
    case dishonestEnterprises = "dishonest_enterprises"

    /// Whether the value is a ratio 0-1 (shown as a percentage) rather than a count.
    public var isShare: Bool {
        switch self {
        case .enterprises, .employeeEnterprises, .servicePoints, .dishonestEnterprises: false
        default: true
        }
    }

    /// Whether a target is a ceiling rather than a floor.
    public var lowerIsBetter: Bool { self == .dishonestEnterprises }

    /// The name in the policy documents and in English.
    public var title: String {
        switch self {
        case .enterprises: "家政企业 enterprises"
        case .employeeEnterprises: "员工制企业 employee-system enterprises"
        case .employeeWorkerShare: "员工制服务员占比 employee-system worker share"
        case .servicePoints: "社区家政服务网点 service points"
        case .reachCoverage: "网点服务能力覆盖率 reach coverage"
        case .certifiedWorkerShare: "持证上门 valid home-visit certificate"
        case .healthCheckedWorkerShare: "体检 health check ≤ 364 days"
        case .trainedWorkerShare: "培训 training ≤ 729 days"
        case .readyWorkerShare: "证·检·训齐全 certificate, check and training"
        case .dishonestEnterprises: "严重失信企业 dishonest enterprises"
        }
    }
}
