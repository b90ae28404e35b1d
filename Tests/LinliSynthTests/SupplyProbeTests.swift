import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

@Suite struct SupplyProbeTests {
    /// The probe of one medium district, shared by the tests below (it takes a few seconds in debug).
    static let medium = SupplyProbe(Generated.district(.medium, seed: 1), week: Fixtures.week)

    /// Most visits can be served, but not all: an ideal roster lies between the two bounds.
    @Test(arguments: [Tier.tiny, .small], [UInt64(1), 2, 3])
    func smallSupplyIsTightButMostlyServable(tier: Tier, seed: UInt64) {
        let probe = SupplyProbe(Generated.district(tier, seed: seed), week: Fixtures.week)
        #expect(probe.greedyFill >= 0.5)
        #expect((0.65...0.97).contains(probe.servableShare))
        #expect(probe.greedyFill < probe.servableShare)
    }

    @Test func mediumSupplyIsTightButMostlyServable() {
        #expect(Self.medium.greedyFill >= 0.6)
        #expect((0.85...0.97).contains(Self.medium.servableShare))
        #expect(Self.medium.servableShare - Self.medium.greedyFill > 0.05)
    }

    /// Every reason a visit cannot be served at all shows up, each for a small share.
    @Test func everyUnservableReasonOccurs() {
        let total = Self.medium.lost.values.reduce(0, +)
        for reason in [UnmetReason.noMenu, .overBudget, .noQualifiedWorker, .noTime] {
            let part = Self.medium.lost[reason] ?? 0
            #expect(part > 0, "\(reason)")
            #expect(Double(part) < 0.8 * Double(total), "\(reason)")
        }
    }
}
