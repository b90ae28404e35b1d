import Foundation
import LinliDataset
import LinliKit
import LinliModel

/// What an upload did, as the page shows it: the per-file counts when it was saved, or every problem as
/// `file:line: column: message` rows when it was refused (then nothing was saved).
struct UploadReport {
    /// One diagnostic as a table row.
    struct Row {
        var location: String
        var severity: String
        var isError: Bool
        var message: String
    }

    var saved: Bool
    var lines: [String]
    var errors: [Row]
    var warnings: [Row]
    /// Stored, not computed: Mustache reads stored properties only.
    var hasErrors = false
    var hasWarnings = false

    init(_ summary: ImportSummary) {
        saved = true
        lines = summary.lines
        errors = []
        warnings = summary.warnings.map(Self.row)
        hasErrors = !errors.isEmpty
        hasWarnings = !warnings.isEmpty
    }

    init(_ error: DiagnosticsError) {
        saved = false
        lines = []
        errors = error.diagnostics.filter { $0.severity == .error }.map(Self.row)
        warnings = error.diagnostics.filter { $0.severity == .warning }.map(Self.row)
        hasErrors = !errors.isEmpty
        hasWarnings = !warnings.isEmpty
    }

    /// A refusal that is not about a row, e.g. no file chosen.
    init(refusal message: String) {
        saved = false
        lines = []
        errors = [Row(location: "", severity: "错误 (error)", isError: true, message: message)]
        warnings = []
        hasErrors = !errors.isEmpty
        hasWarnings = !warnings.isEmpty
    }

    /// `menu.csv:3: price:` — the location part of the diagnostic's `file:line: column: message`.
    static func row(_ d: Diagnostic) -> Row {
        var location = d.file + (d.line > 0 ? ":\(d.line)" : "") + ":"
        if !d.column.isEmpty { location += " \(d.column):" }
        let error = d.severity == .error
        return Row(location: location, severity: error ? "错误 (error)" : "提醒 (warning)", isError: error, message: d.message)
    }
}

extension UploadReport {
    /// Imports the form's file `file` as `datasetFile` of `enterprise`; a refused upload becomes a report, not an error.
    static func importing(_ page: PageRequest, as datasetFile: DatasetFile, enterprise: String) throws -> UploadReport {
        do {
            guard let upload = try page.form.upload("file", named: String(datasetFile.rawValue.dropLast(".csv".count))) else {
                return UploadReport(refusal: "请选择要上传的 \(datasetFile.rawValue) 文件 (no file chosen)。")
            }
            let summary = try page.workspace.importEnterpriseUpload(
                Data(upload.bytes), as: datasetFile, enterprise: enterprise, maxWorkers: page.console.configuration.maxWorkerRows)
            if summary.wrote {
                try page.audit(datasetFile == .menu ? "menu.import" : "workers.import", "\(enterprise) \(datasetFile.rawValue): " + summary.lines.joined(separator: "; "))
            }
            return UploadReport(summary)
        } catch let error as DiagnosticsError {
            return UploadReport(error)
        }
    }
}
