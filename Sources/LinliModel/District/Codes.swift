/// Service categories of Docs/Dataset.md.
public enum Category: String, CaseIterable, Hashable, Sendable, Codable {
    case cleaning
    case deepCleaning = "deep_cleaning"
    case cooking
    case laundry
    case organizing
    case applianceCleaning = "appliance_cleaning"
    case infantCare = "infant_care"
    case maternityCare = "maternity_care"
    case elderCare = "elder_care"
    case patientCare = "patient_care"

    /// Care work needs an enhanced health check (rule 4).
    public var isCare: Bool {
        switch self {
        case .infantCare, .maternityCare, .elderCare, .patientCare: true
        default: false
        }
    }

    /// The Chinese term used in the policy documents.
    public var chineseName: String {
        switch self {
        case .cleaning: "日常保洁"
        case .deepCleaning: "深度保洁"
        case .cooking: "烹饪"
        case .laundry: "衣物洗护"
        case .organizing: "收纳整理"
        case .applianceCleaning: "家电清洗"
        case .infantCare: "育婴"
        case .maternityCare: "母婴护理"
        case .elderCare: "养老护理"
        case .patientCare: "病患陪护"
        }
    }
}

/// How a demand is booked: a fixed time slot (分时段) or a one-off order (点单式).
public enum ServiceMode: String, CaseIterable, Hashable, Sendable, Codable {
    case slot, order
}

/// Which booking modes a menu item admits.
public enum MenuMode: String, CaseIterable, Hashable, Sendable, Codable {
    case slot, order, both

    public func admits(_ mode: ServiceMode) -> Bool {
        switch self {
        case .both: true
        case .slot: mode == .slot
        case .order: mode == .order
        }
    }
}

/// How a menu price applies.
public enum PriceUnit: String, CaseIterable, Hashable, Sendable, Codable {
    /// Per hour, pro rata by minute.
    case hour
    /// Flat per visit.
    case visit
}

/// An enterprise's employment model.
public enum EnterpriseModel: String, CaseIterable, Hashable, Sendable, Codable {
    case employee, intermediary, mixed
}

/// Credit standing of an enterprise or worker.
public enum Credit: String, CaseIterable, Hashable, Sendable, Codable {
    case good, warned, dishonest
}

/// How a worker is employed: 员工制 or 中介制.
public enum Employment: String, CaseIterable, Hashable, Sendable, Codable {
    case employee, intermediary
}

/// Scope of a worker's last health check.
public enum HealthScope: String, CaseIterable, Hashable, Sendable, Codable {
    case basic, enhanced
}

/// Priority groups (重点人群).
public enum PriorityGroup: String, CaseIterable, Hashable, Sendable, Codable {
    case none
    case elderlyAlone = "elderly_alone"
    case disabled
    case lowIncome = "low_income"
    case special

    /// Score weight of Docs/Rules.md: 1 for `none`, 2 otherwise.
    public var weight: Int { self == .none ? 1 : 2 }
}

/// Whether a demand repeats every week or happens once.
public enum Recurrence: String, CaseIterable, Hashable, Sendable, Codable {
    case weekly, once
}
