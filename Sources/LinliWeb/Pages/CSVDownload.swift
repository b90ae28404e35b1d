import Hummingbird
import LinliDataset

/// A CSV file to download, written as `linli export` writes its files: UTF-8 with a byte order mark, RFC 4180
/// quoting, and text cells that a spreadsheet would run as formulas neutralised (``PrintableCSV``).
public enum CSVDownload {
    /// The response carrying the table as `fileName` (ASCII, e.g. `roster-2026-W48.csv`).
    /// - Parameter numeric: the columns written as they are (numbers); every other cell is text.
    public static func response(fileName: String, header: [String], rows: [[String]], numeric: Set<String> = []) -> Response {
        let text = PrintableCSV.text(header: header, rows: rows, numeric: numeric)
        let safeName = String(fileName.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_.".unicodeScalars.contains($0)) })
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "download.csv" : safeName)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
