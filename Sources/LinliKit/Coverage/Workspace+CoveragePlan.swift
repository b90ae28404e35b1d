import Foundation
import LinliDataset
import LinliModel
import LinliPlan

extension Workspace {
    /// `linli coverage plan`: the `k` candidate sites that, added to the existing points, cover the most
    /// household weight (Docs/Commands.md), with an upper bound; optionally the SVG map with the chosen sites.
    /// - Throws: `KitError` for a missing database or file, `DiagnosticsError` for a bad candidates file.
    /// - Complexity: see ``CoveragePlan``.
    public func planCoverage(_ request: CoveragePlanRequest, progress: (String) -> Void = { _ in }) throws -> CoveragePlanOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let database = try existingDatabase()
        progress("loading the dataset")
        let dataset = try loadDataset(from: database)
        guard FileManager.default.fileExists(atPath: request.candidatesFile) else { throw KitError.missingPath(request.candidatesFile) }
        let candidates = try DatasetReader.readServicePoints(request.candidatesFile, against: dataset, limit: Limits.candidateSites)
        progress("choosing \(request.k) of \(candidates.count) sites for \(dataset.households.count) households")
        let plan = CoveragePlan(dataset: dataset, week: request.week, candidates: candidates, k: request.k, weight: request.weight)
        let seconds = (clock.now - started).seconds
        var mapSVG: String?
        if request.mapPath != nil || request.embedMap {
            let chosen = Set(plan.chosenIDs)
            let added = candidates.filter { chosen.contains($0.id) }
            var after = dataset
            after.servicePoints += added
            let report = CoverageReport(dataset: after, week: request.week, roster: nil)
            let map = CoverageMap(
                dataset: after, report: report, added: added, title: "Coverage plan: \(added.count) new site(s), \(request.week)",
                subtitle: "Covered weight \(plan.coveredWeight) of \(plan.totalWeight) (\(CoveragePlanOutcome.share(plan.coveredWeight, plan.totalWeight)))"
                    + ", was \(CoveragePlanOutcome.share(plan.existingCoveredWeight, plan.totalWeight)) · upper bound \(plan.upperBound)"
                    + " · district reach \(CoverageOutcome.ratio(report.districtReach))",
                target: request.target)
            mapSVG = try Self.deliverMap(map, to: request.mapPath, embed: request.embedMap)
        }
        return CoveragePlanOutcome(
            request: request, plan: plan, candidateCount: candidates.count, householdCount: dataset.households.count, seconds: seconds,
            mapSVG: mapSVG)
    }
}
