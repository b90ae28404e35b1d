import Foundation

extension LoadedFile {
    /// Reads and parses the file at `path`: UTF-8 (BOM stripped) or, with a warning, GB18030.
    ///
    /// Only a regular file is read; with `refusingLinks` (the files of a dataset folder) a symbolic link
    /// is refused too rather than followed out of the folder.
    init(path: String, schema: TableSchema, refusingLinks: Bool = false) {
        if let problem = Self.notARegularFile(path, refusingLinks: refusingLinks) {
            self.init(unreadable: schema, reason: problem)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            self.init(unreadable: schema, reason: "cannot read \(path)")
            return
        }
        self.init(bytes: [UInt8](data), schema: schema)
    }

    /// Parses the bytes of a file already in memory (an upload): UTF-8 (BOM stripped) or, with a warning, GB18030.
    init(bytes: [UInt8], schema: TableSchema) {
        switch CSVText.decode(bytes) {
        case let .success((text, encoding)):
            var log = FileLog(file: schema.name)
            if encoding == .gb18030 {
                log.warning(
                    "read as GB18030 (GBK), not UTF-8; to be sure, save it in Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\""
                )
            }
            self.init(text: text, schema: schema, log: log)
        case let .failure(invalid):
            self.init(unreadable: schema, invalid: invalid, bytes: bytes)
        }
    }

    /// A file that is neither UTF-8 nor GB18030, reported at its first bad byte (and the column it falls in).
    init(unreadable schema: TableSchema, invalid: CSVText.Invalid, bytes: [UInt8]) {
        let hex = "0x" + String(invalid.byte, radix: 16, uppercase: true)
        let reason = if invalid.isUTF16 {
            "the file is UTF-16 (as Excel's \"Unicode 文本\" saves it), not UTF-8; \(CSVText.saveAsUTF8Hint)"
        } else if invalid.stopsGB18030 {
            "the lines before it read as GB18030 (GBK), but byte \(hex) at character \(invalid.character) of this line is neither "
                + "GB18030 nor UTF-8; \(CSVText.saveAsUTF8Hint)"
        } else {
            "byte \(hex) at character \(invalid.character) of this line is not UTF-8; "
                + (invalid.mostlyUTF8
                    ? "the file is UTF-8 except here, so it was not read as GB18030 (GBK) either; a value was probably pasted in another encoding"
                    : "the file is not GB18030 (GBK) text either") + "; \(CSVText.saveAsUTF8Hint)"
        }
        self.init(unreadable: schema, line: invalid.line, column: Self.column(of: invalid, in: bytes), reason: reason)
    }

    /// The header name of the field holding the first bad byte, found by reading the file with bad bytes
    /// replaced (in the GB18030 text before it, when the file was read as GB18030 up to it); empty in the header
    /// or when the field cannot be told.
    static func column(of invalid: CSVText.Invalid, in bytes: [UInt8]) -> String {
        guard invalid.line > 1 else { return "" }
        var text = String(decoding: bytes, as: UTF8.self)
        if invalid.stopsGB18030 {
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            guard case let .text(before) = CSVText.readGB18030(bytes[bom..<invalid.offset]) else { return "" }
            let lineEnd = bytes[(invalid.offset + 1)...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.endIndex
            text = before + "\u{FFFD}" + String(decoding: bytes[(invalid.offset + 1)..<lineEnd], as: UTF8.self)
        }
        let table = CSVTable(parsing: text)
        guard let record = table.records.last(where: { $0.line <= invalid.line }),
              let i = record.fields.firstIndex(where: { $0.unicodeScalars.contains("\u{FFFD}") }),
              i < table.header.count
        else { return "" }
        return ValueParser.excerpt(table.header[i])
    }

    /// Why `path` is not to be read, or nil for a regular file.
    static func notARegularFile(_ path: String, refusingLinks: Bool) -> String? {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return "cannot read \(path)"
        }
        if type == .typeSymbolicLink {
            if refusingLinks { return "is a symbolic link; only regular files inside the dataset folder are read" }
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return notARegularFile(target, refusingLinks: true)
        }
        return type == .typeRegular ? nil : "is not a regular file"
    }
}

/// The last component of a path, as users name files.
func fileName(of path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
}
