import Foundation
import LinliDataset
import LinliModel
import LinliPlan

extension Workspace {
    /// `linli indicators`: the 领跑者 indicators of the stored district on a date, each against its target.
    /// - Throws: `KitError` for a missing database or targets file, `DiagnosticsError` for a bad targets file.
    public func indicators(_ request: IndicatorsRequest) throws -> IndicatorsOutcome {
        let dataset = try self.dataset()
        var targets = IndicatorTargets.hangzhou(year: request.year, communities: dataset.communities.count)
        if let file = request.targetsFile {
            guard FileManager.default.fileExists(atPath: file) else { throw KitError.missingPath(file) }
            targets = targets.overridden(by: try DatasetReader.readIndicatorTargets(file))
        }
        return IndicatorsOutcome(sheet: IndicatorSheet(dataset: dataset, on: request.date, targets: targets), year: request.year, targetsFile: request.targetsFile)
    }
}
