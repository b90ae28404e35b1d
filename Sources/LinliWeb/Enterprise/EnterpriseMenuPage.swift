import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/enterprise/menu`: the enterprise's menu (服务供给菜单), its upload with the 10% price-rise warning
/// (规范价格秩序), and its download in menu.csv columns, so a clerk can edit the file and upload it again.
enum EnterpriseMenuPage {
    struct Row {
        var itemCode: String
        var name: String
        var category: String
        var mode: String
        var unit: String
        var price: String
        var minMinutes: Int
        var skillLevel: Int
        var effectiveFrom: String
    }

    struct Data {
        var enterprise: EnterpriseSelection
        var csrf: String
        var rows: [Row]
        var count: Int
        var report: UploadReport?
    }

    static func show(_ page: PageRequest) async throws -> Response {
        try render(page, EnterpriseSelection(page), report: nil)
    }

    static func upload(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let report = try UploadReport.importing(page, as: .menu, enterprise: selection.id)
        return try render(page, selection, report: report)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        var only = Dataset()
        only.menu = try page.workspace.enterpriseMenu(selection.id)
        return CSVDownload.response(
            fileName: "menu-\(selection.id).csv", header: DatasetFile.menu.columns, rows: DatasetWriter.rows(of: .menu, in: only),
            numeric: DatasetFile.menu.numericColumns)
    }

    private static func render(_ page: PageRequest, _ selection: EnterpriseSelection, report: UploadReport?) throws -> Response {
        let menu = try page.workspace.enterpriseMenu(selection.id)
        let rows = menu.map {
            Row(itemCode: $0.itemCode, name: $0.name, category: $0.category.chineseName, mode: $0.mode.rawValue, unit: $0.unit.rawValue,
                price: $0.price.description, minMinutes: $0.minMinutes, skillLevel: $0.skillLevel,
                effectiveFrom: $0.effectiveFrom?.description ?? "")
        }
        let data = Data(enterprise: selection, csrf: page.session.csrfToken, rows: rows, count: rows.count, report: report)
        return try page.render(
            "enterprise-menu", title: "菜单 (menu) · \(selection.name)", data, status: report.map { $0.saved ? .ok : .unprocessableContent } ?? .ok)
    }
}
