import LinliModel

/// The targets of every indicator: defaults from the Hangzhou plan, overridden by a targets file.
///
/// Hangzhou's 2022 and 2023 targets set reach coverage above 90% and at 100%, and the employee-system
/// worker share above 60% and 65%. The others are Linli's defaults: at least three enterprises, at least
/// one (2022) or two (2023) employee-system enterprises, at least one service point per community,
/// 95% (2022) or 100% (2023) of workers with a valid certificate and a health check, 90% or 95% with
/// training within two years and with all three, and no dishonest enterprise.
public struct IndicatorTargets: Hashable, Sendable {
    public var targets: [Indicator: IndicatorTarget]

    public init(_ targets: [Indicator: IndicatorTarget]) { self.targets = targets }

    /// The plan years with default targets.
    public static let years = [2022, 2023]

    /// The default targets of plan year `year` (2022, or 2023 for any later year) for a district of `communities`.
    public static func hangzhou(year: Int, communities: Int) -> IndicatorTargets {
        let early = year <= 2022
        let share = { (c: IndicatorTarget.Comparison, v: Double) in IndicatorTarget(c, v, isShare: true) }
        let count = { (c: IndicatorTarget.Comparison, v: Double) in IndicatorTarget(c, v, isShare: false) }
        return IndicatorTargets([
            .enterprises: count(.atLeast, 3),
            .employeeEnterprises: count(.atLeast, early ? 1 : 2),
            .employeeWorkerShare: share(.above, early ? 0.60 : 0.65),
            .servicePoints: count(.atLeast, Double(max(1, communities))),
            .reachCoverage: early ? share(.above, 0.90) : share(.atLeast, 1.0),
            .certifiedWorkerShare: share(.atLeast, early ? 0.95 : 1.0),
            .healthCheckedWorkerShare: share(.atLeast, early ? 0.95 : 1.0),
            .trainedWorkerShare: share(.atLeast, early ? 0.90 : 0.95),
            .readyWorkerShare: share(.atLeast, early ? 0.90 : 0.95),
            .dishonestEnterprises: count(.atMost, 0),
        ])
    }

    /// These targets with `overrides` (e.g. the rows of a targets file) laid over them.
    public func overridden(by overrides: [Indicator: IndicatorTarget]) -> IndicatorTargets {
        IndicatorTargets(targets.merging(overrides) { _, new in new })
    }
}
