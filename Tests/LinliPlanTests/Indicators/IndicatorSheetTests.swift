import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct IndicatorSheetTests {
    static let date = Fixtures.monday

    /// W1 valid; W2 intermediary with a check 365 days old; W3 trained 730 days ago, no certificate.
    static let district = DistrictBuilder()
        .addingWorker("W2") { $0.employment = .intermediary; $0.healthCheckedOn = date.adding(days: -365) }
        .addingWorker("W3") { $0.trainedOn = date.adding(days: -730); $0.certificateUntil = nil }
        .addingEnterprise("E2") { $0.model = .intermediary; $0.credit = .dishonest }
        .build()

    static func value(_ sheet: IndicatorSheet, _ indicator: Indicator) -> Double? {
        sheet.rows.first { $0.indicator == indicator }?.value
    }

    @Test func measuresEveryIndicatorOnTheDate() {
        let sheet = IndicatorSheet(dataset: Self.district, on: Self.date, targets: .hangzhou(year: 2023, communities: 1))
        #expect(Self.value(sheet, .enterprises) == 2)
        #expect(Self.value(sheet, .employeeEnterprises) == 1)
        #expect(Self.value(sheet, .employeeWorkerShare) == 2.0 / 3)
        #expect(Self.value(sheet, .servicePoints) == 1)
        #expect(Self.value(sheet, .reachCoverage) == 1)
        #expect(Self.value(sheet, .certifiedWorkerShare) == 2.0 / 3)
        #expect(Self.value(sheet, .healthCheckedWorkerShare) == 2.0 / 3)
        #expect(Self.value(sheet, .trainedWorkerShare) == 2.0 / 3)
        #expect(Self.value(sheet, .readyWorkerShare) == 1.0 / 3)
        #expect(Self.value(sheet, .dishonestEnterprises) == 1)
        #expect(sheet.rows.map(\.indicator) == Indicator.allCases)
    }

    @Test func theLastDayOfEachValidityStillCounts() {
        let sheet = IndicatorSheet(dataset: Self.district, on: Self.date.adding(days: -1), targets: IndicatorTargets([:]))
        #expect(Self.value(sheet, .healthCheckedWorkerShare) == 1)
        #expect(Self.value(sheet, .trainedWorkerShare) == 1)
        #expect(sheet.rows.allSatisfy { $0.isMet == nil })
    }

    @Test func hangzhouTargetsOfBothYears() {
        let t22 = IndicatorTargets.hangzhou(year: 2022, communities: 4).targets
        let t23 = IndicatorTargets.hangzhou(year: 2023, communities: 4).targets
        #expect(t22[.reachCoverage]!.isMet(by: 0.905) && !t22[.reachCoverage]!.isMet(by: 0.9))
        #expect(t23[.reachCoverage]!.isMet(by: 1) && !t23[.reachCoverage]!.isMet(by: 0.999))
        #expect(t22[.employeeWorkerShare]!.isMet(by: 0.61) && !t22[.employeeWorkerShare]!.isMet(by: 0.6))
        #expect(t23[.employeeWorkerShare]!.isMet(by: 0.66) && !t23[.employeeWorkerShare]!.isMet(by: 0.65))
        #expect(t23[.servicePoints]!.isMet(by: 4) && !t23[.servicePoints]!.isMet(by: 3))
        #expect(t23[.dishonestEnterprises]!.isMet(by: 0) && !t23[.dishonestEnterprises]!.isMet(by: 1))
    }

    @Test(arguments: [
        (">90%", IndicatorTarget(.above, 0.9, isShare: true)), (">=0.65", IndicatorTarget(.atLeast, 0.65, isShare: true)),
        ("≥ 100%", IndicatorTarget(.atLeast, 1, isShare: true)), ("95", IndicatorTarget(.atLeast, 0.95, isShare: true)),
    ])
    func parsesShareTargets(text: String, expected: IndicatorTarget) {
        #expect(IndicatorTarget(text: text, for: .reachCoverage) == expected)
    }

    @Test(arguments: ["150%", "101", "nan", "inf", "-5"])
    func refusesAShareTargetAboveAllOrNotANumber(text: String) {
        #expect(IndicatorTarget(text: text, for: .reachCoverage) == nil)
    }

    @Test func refusesACountTargetTooLargeToPrint() {
        #expect(IndicatorTarget(text: "1e300", for: .enterprises) == nil)
        #expect(IndicatorTarget(text: ">=10000000", for: .enterprises) == IndicatorTarget(.atLeast, 10_000_000, isShare: false))
    }

    @Test func aTargetsFileOverridesTheDefaults() throws {
        let base = IndicatorTargets.hangzhou(year: 2023, communities: 1)
        let out = base.overridden(by: [.enterprises: IndicatorTarget(.atLeast, 5, isShare: false), .dishonestEnterprises: IndicatorTarget(.atMost, 2, isShare: false)])
        #expect(out.targets[.enterprises] == IndicatorTarget(.atLeast, 5, isShare: false))
        #expect(out.targets[.dishonestEnterprises] == IndicatorTarget(.atMost, 2, isShare: false))
        #expect(out.targets[.reachCoverage] == base.targets[.reachCoverage])
        #expect(out.targets.count == base.targets.count)
    }
}
