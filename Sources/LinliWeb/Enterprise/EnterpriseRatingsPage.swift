import Foundation
import Hummingbird
import LinliKit

/// `/enterprise/ratings`: the enterprise's rating and its workers', from the households' evaluations
/// (Bayesian average, see `Ratings`), best first.
enum EnterpriseRatingsPage {
    struct Row {
        var id: String
        var name: String
        var rating: String
        var evaluations: Int
    }

    struct Data {
        var enterprise: EnterpriseSelection
        var rating: String
        var evaluations: Int
        var prior: String
        var rows: [Row]
    }

    static let header = ["worker_id", "name", "rating", "evaluations"]

    static func show(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let ratings = try page.workspace.enterpriseRatings(selection.id)
        let data = Data(
            enterprise: selection, rating: stars(ratings.enterprise.value), evaluations: ratings.enterprise.evaluations,
            prior: stars(ratings.priorMean), rows: rows(ratings))
        return try page.render("enterprise-ratings", title: "评价 (ratings) · \(selection.name)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let rows = rows(try page.workspace.enterpriseRatings(selection.id)).map { [$0.id, $0.name, $0.rating, "\($0.evaluations)"] }
        return CSVDownload.response(fileName: "ratings-\(selection.id).csv", header: header, rows: rows, numeric: ["rating", "evaluations"])
    }

    private static func rows(_ ratings: EnterpriseRatings) -> [Row] {
        ratings.workers.map { Row(id: $0.workerID, name: $0.name, rating: stars($0.score.value), evaluations: $0.score.evaluations) }
    }

    static func stars(_ x: Double) -> String { String(format: "%.2f", x) }
}
