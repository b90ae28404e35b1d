import Foundation

extension LoadedFile {
    /// Reads and parses the file at `path`: UTF-8 (BOM stripped) or, with a warning, GB18030.
    init(path: String, schema: TableSchema) {
        guard let data = FileManager.default.contents(atPath: path) else {
            self.init(unreadable: schema, reason: "cannot read \(path)")
            return
        }
        guard let (text, encoding) = CSVText.decode([UInt8](data)) else {
            self.init(unreadable: schema, reason: CSVText.saveAsUTF8Hint)
            return
        }
        var log = FileLog(file: schema.name)
        if encoding == .gb18030 {
            log.warning(
                "read as GB18030 (GBK), not UTF-8; to be sure, save it in Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\""
            )
        }
        self.init(text: text, schema: schema, log: log)
    }
}

/// The last component of a path, as users name files.
func fileName(of path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
}
