import Foundation
import LinliKit
import LinliModel
import LinliTestSupport

/// A generated tiny district whose point reaches only 400 m, imported, with files for the coverage commands.
struct CoverageFixture {
    let kit: KitFixture

    init() throws {
        var dataset = Fixtures.generated(.tiny, seed: 3)
        for i in dataset.servicePoints.indices { dataset.servicePoints[i].radiusMeters = 400 }
        kit = try KitFixture(dataset)
        _ = try kit.workspace.importDataset(from: [kit.datasetPath])
    }

    var dataset: Dataset { kit.dataset }
    var workspace: Workspace { kit.workspace }

    /// Writes `rows` under a header of service_points.csv columns and returns the path.
    func writePoints(_ name: String, _ rows: [String]) throws -> String {
        try write(name, (["point_id,name,community_id,lat,lon,radius_m,enterprise_ids"] + rows).joined(separator: "\n") + "\n")
    }

    /// Candidate sites at the first `count` households, each reaching 900 m, run by the first point's enterprises.
    func writeCandidates(_ count: Int) throws -> String {
        let enterprises = dataset.servicePoints[0].enterpriseIDs.joined(separator: ";")
        return try writePoints("candidates.csv", dataset.households.prefix(count).enumerated().map { i, h in
            "X\(i),候选\(i),\(h.communityID),\(h.location.lat),\(h.location.lon),900,\(enterprises)"
        })
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = kit.folder.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
