extension PriorityGroup {
    /// The Chinese term a community office uses; empty for `none`.
    public var chineseName: String {
        switch self {
        case .none: ""
        case .elderlyAlone: "独居老人"
        case .disabled: "残疾人"
        case .lowIncome: "低保困难家庭"
        case .special: "重点人群"
        }
    }
}
