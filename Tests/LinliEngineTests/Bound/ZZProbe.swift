@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing
import Foundation

@Suite struct ZZProbe {
    @Test(arguments: [(Tier.tiny, UInt64(1)), (.tiny, 2), (.tiny, 3), (.small, 1), (.small, 2), (.small, 3)])
    func probe(_ tier: Tier, _ seed: UInt64) throws {
        guard ProcessInfo.processInfo.environment["H11_PROBE"] != nil else { return }
        let problem = try Problem(dataset: Fixtures.generated(tier, seed: seed), week: Fixtures.week, options: RunOptions(seed: seed))
        let flow = UpperBound.compute(problem)
        FileHandle.standardError.write("PROBE \(tier) \(seed): flow \(flow.value) \(flow.method) parts \(problem.parts().map(\.visits.count))\n".data(using: .utf8)!)
    }
}
