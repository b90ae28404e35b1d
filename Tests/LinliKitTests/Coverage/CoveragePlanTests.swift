import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct CoveragePlanTests {
    @Test func theJSONHasTheFieldsOfTheContract() throws {
        let fixture = try CoverageFixture()
        let request = CoveragePlanRequest(week: Fixtures.week, candidatesFile: try fixture.writeCandidates(12), k: 2)
        let text = try fixture.workspace.planCoverage(request).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["chosen", "covered_weight", "total_weight", "upper_bound", "seconds", "existing_covered_weight", "method"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let chosen = try #require(object["chosen"] as? [String])
        let covered = try #require(object["covered_weight"] as? Int), total = try #require(object["total_weight"] as? Int)
        let bound = try #require(object["upper_bound"] as? Int), existing = try #require(object["existing_covered_weight"] as? Int)
        #expect(chosen.count == 2)
        #expect(existing <= covered && covered <= bound && bound <= total)
        #expect(total == PlanTotals.demandWeight(fixture.dataset))
    }

    @Test func householdWeightCountsHouseholds() throws {
        let fixture = try CoverageFixture()
        let request = CoveragePlanRequest(week: Fixtures.week, candidatesFile: try fixture.writeCandidates(12), k: 3, weight: .households)
        let outcome = try fixture.workspace.planCoverage(request)
        #expect(outcome.plan.totalWeight == fixture.dataset.households.count)
        #expect(outcome.plan.coveredWeight > outcome.plan.existingCoveredWeight)
    }

    @Test func aMapWithTheChosenSitesIsWritten() throws {
        let fixture = try CoverageFixture()
        let map = fixture.kit.folder.path("plan.svg")
        let request = CoveragePlanRequest(week: Fixtures.week, candidatesFile: try fixture.writeCandidates(6), k: 1, mapPath: map)
        let outcome = try fixture.workspace.planCoverage(request)
        let svg = try String(contentsOfFile: map, encoding: .utf8)
        #expect(svg.contains(outcome.plan.chosenIDs[0]))
    }

    @Test func aCandidateOfAnUnknownCommunityIsRefused() throws {
        let fixture = try CoverageFixture()
        let file = try fixture.writePoints("bad.csv", ["X1,坏,NOPE,30.27,120.16,500,\(fixture.dataset.enterprises[0].id)"])
        #expect(throws: DiagnosticsError.self) { try fixture.workspace.planCoverage(CoveragePlanRequest(week: Fixtures.week, candidatesFile: file, k: 1)) }
    }
}

/// Totals recomputed from the dataset, independently of the planner.
enum PlanTotals {
    static func demandWeight(_ dataset: Dataset) -> Int {
        let weight = Dictionary(dataset.households.map { ($0.id, $0.priorityGroup.weight) }, uniquingKeysWith: { a, _ in a })
        return dataset.demands.reduce(0) { $0 + (weight[$1.householdID] ?? 0) * $1.minutes * $1.visitDates(in: Fixtures.week).count }
    }
}
