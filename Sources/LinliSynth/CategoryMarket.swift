import LinliModel

/// What the synthetic market looks like for one category: how often it is asked for, offered, priced and how long it lasts.
struct CategoryMarket: Sendable {
    var category: Category
    /// Relative share among demands: cleaning most common, care work rarer.
    var demandWeight: Double
    /// Share among elderly-alone households' demands.
    var elderlyWeight: Double
    /// Chance an enterprise offers it at all.
    var offerChance: Double
    /// List price per hour in yuan, before the enterprise's own factor.
    var hourlyYuan: ClosedRange<Double>
    /// Usual durations in minutes, with their relative frequency.
    var minutes: KeyValuePairs<Int, Double>
    /// Item code prefix.
    var code: String

    static let all: [CategoryMarket] = [
        .init(category: .cleaning, demandWeight: 40, elderlyWeight: 30, offerChance: 1, hourlyYuan: 40...60, minutes: [60: 3, 90: 3, 120: 3, 150: 1, 180: 1], code: "CLN"),
        .init(category: .deepCleaning, demandWeight: 10, elderlyWeight: 5, offerChance: 0.8, hourlyYuan: 55...80, minutes: [120: 3, 150: 2, 180: 2, 240: 1], code: "DCL"),
        .init(category: .cooking, demandWeight: 12, elderlyWeight: 18, offerChance: 0.85, hourlyYuan: 45...65, minutes: [60: 4, 90: 3, 120: 2], code: "COK"),
        .init(category: .laundry, demandWeight: 8, elderlyWeight: 6, offerChance: 0.8, hourlyYuan: 35...50, minutes: [60: 4, 90: 2, 120: 1], code: "LDY"),
        .init(category: .organizing, demandWeight: 5, elderlyWeight: 3, offerChance: 0.6, hourlyYuan: 60...90, minutes: [90: 2, 120: 3, 180: 1], code: "ORG"),
        .init(category: .applianceCleaning, demandWeight: 3, elderlyWeight: 3, offerChance: 0.6, hourlyYuan: 70...100, minutes: [60: 3, 90: 3, 120: 2], code: "APL"),
        .init(category: .infantCare, demandWeight: 3, elderlyWeight: 0, offerChance: 0.5, hourlyYuan: 60...90, minutes: [120: 3, 180: 2, 240: 2], code: "INF"),
        .init(category: .maternityCare, demandWeight: 1.5, elderlyWeight: 0, offerChance: 0.4, hourlyYuan: 80...120, minutes: [180: 1, 240: 1], code: "MAT"),
        .init(category: .elderCare, demandWeight: 11, elderlyWeight: 30, offerChance: 0.65, hourlyYuan: 50...80, minutes: [60: 3, 90: 3, 120: 3, 180: 1, 240: 1], code: "ELD"),
        .init(category: .patientCare, demandWeight: 5, elderlyWeight: 5, offerChance: 0.5, hourlyYuan: 55...85, minutes: [120: 3, 180: 2, 240: 1], code: "PAT"),
    ]

    static func of(_ c: Category) -> CategoryMarket { all[c.ordinal] }

    func drawMinutes(using rng: inout some RandomNumberGenerator) -> Int {
        minutes[rng.weighted(minutes.map(\.value))].key
    }
}

extension Category {
    /// Position in `allCases`.
    var ordinal: Int {
        switch self {
        case .cleaning: 0
        case .deepCleaning: 1
        case .cooking: 2
        case .laundry: 3
        case .organizing: 4
        case .applianceCleaning: 5
        case .infantCare: 6
        case .maternityCare: 7
        case .elderCare: 8
        case .patientCare: 9
        }
    }
}
