import Foundation
#if canImport(Glibc)
import Glibc
#endif
import MultipartKit
import NIOCore
import Hummingbird

/// The fields and files of a posted form, `application/x-www-form-urlencoded` or `multipart/form-data`.
public struct FormData: Sendable {
    /// A file sent in a `multipart/form-data` form.
    public struct File: Sendable {
        /// The file name the browser gave (no path); may be empty.
        public var fileName: String
        public var bytes: [UInt8]
    }

    /// Each field's values in the order sent.
    public private(set) var fields: [String: [String]] = [:]
    /// Each file field's file (the first one when a name repeats).
    public private(set) var files: [String: File] = [:]

    public init() {}

    /// The field's first value.
    public func value(_ name: String) -> String? { fields[name]?.first }

    /// Every value of the field.
    public func values(_ name: String) -> [String] { fields[name] ?? [] }

    /// The file of the field, or nil.
    public func file(_ name: String) -> File? { files[name] }

    /// Parses `body` by its content type; any other type gives an empty form.
    /// - Throws: `ConsoleHTTPError` 400 for a multipart body that does not parse, or a field name or value
    ///   that is not UTF-8 (read as empty or with replacement characters, it would be stored as something the
    ///   clerk never typed).
    public static func parse(_ body: ByteBuffer, contentType: String?) throws -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") {
            guard body.readableBytesView.count(where: { $0 == UInt8(ascii: "&") }) < maxFields else { throw tooManyFields }
            guard let text = String(validating: body.readableBytesView, as: UTF8.self) else { throw notUTF8 }
            return try urlEncoded(text)
        }
        if type.hasPrefix("multipart/form-data"), let boundary = parameter("boundary", of: contentType ?? "") {
            // RFC 2046 §5.1.1: 1 to 70 characters. A longer one would make the count below slow on purpose.
            guard (1...70).contains(boundary.utf8.count) else { throw ConsoleHTTPError(.badRequest, "无法读取上传的表单 (multipart boundary)。") }
            // A form of n parts holds n + 1 delimiters, the closing one included.
            guard occurrences(of: Array("--\(boundary)".utf8), in: body, limit: maxFields + 2) <= maxFields + 1 else {
                throw tooManyFields
            }
            return try multipart(body, boundary: boundary)
        }
        return FormData()
    }

    /// The most fields (and files) a form may hold: the console's largest form has a few dozen. A body of millions
    /// of empty fields (`a&a&a…`, within the upload limit) once took 14 s to parse, before its CSRF token was even
    /// looked at, and slowed every other request meanwhile; it is refused on a count of its separators instead.
    static let maxFields = 1_000

    /// The refusal of a form of more than ``maxFields`` fields.
    static let tooManyFields = ConsoleHTTPError(.badRequest, "表单字段太多 (too many fields)：最多 \(maxFields) 个。")

    /// How many times `needle` occurs in `body`'s readable bytes without overlapping, counting no further than
    /// `limit`: `memchr` finds each candidate first byte and `memcmp` compares the rest.
    /// - Complexity: O(body × needle) at worst, with a needle of at most 72 bytes (a boundary of at most 70).
    static func occurrences(of needle: [UInt8], in body: ByteBuffer, limit: Int) -> Int {
        guard let first = needle.first else { return 0 }
        return body.withUnsafeReadableBytes { haystack in
            needle.withUnsafeBytes { pattern in
                guard let base = haystack.baseAddress, let key = pattern.baseAddress else { return 0 }
                var count = 0, offset = 0
                while count < limit, haystack.count - offset >= needle.count,
                      let found = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) {
                    let at = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, key, needle.count) == 0 {
                        count += 1
                        offset = at + needle.count
                    } else {
                        offset = at + 1
                    }
                }
                return count
            }
        }
    }

    /// The refusal of a form whose text is not UTF-8.
    static let notUTF8 = ConsoleHTTPError(.badRequest, "表单内容不是有效的 UTF-8 文本 (not UTF-8)，请检查后重新提交。")

    /// `a=1&b=x+y`: `+` is a space, `%XX` a byte of UTF-8.
    /// - Throws: ``notUTF8`` when a name or value's `%XX` bytes are not UTF-8 (or a `%` starts no escape).
    static func urlEncoded(_ text: String) throws -> FormData {
        var form = FormData()
        let decode = { (s: Substring) throws -> String in
            guard let value = String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding else { throw notUTF8 }
            return value
        }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            form.fields[try decode(parts[0]), default: []].append(parts.count > 1 ? try decode(parts[1]) : "")
        }
        return form
    }

    /// Parts with `Content-Disposition: form-data; name="…"[; filename="…"]`, parsed by MultipartKit.
    static func multipart(_ body: ByteBuffer, boundary: String) throws -> FormData {
        let parser = MultipartParser(boundary: boundary)
        var form = FormData()
        var disposition = ""
        var bytes: [UInt8] = []
        var invalidText = false
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            if let name = parameter("name", of: disposition) {
                if let fileName = parameter("filename", of: disposition) {
                    let base = (fileName.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent
                    if form.files[name] == nil { form.files[name] = File(fileName: base, bytes: bytes) }
                } else if let value = String(validating: bytes, as: UTF8.self) {
                    form.fields[name, default: []].append(value)
                } else {
                    invalidText = true
                }
            }
            disposition = ""
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw ConsoleHTTPError(.badRequest, "无法读取上传的表单 (multipart form)。")
        }
        if invalidText { throw notUTF8 }
        return form
    }

    /// The value of `key=value` or `key="value"` in a header such as `multipart/form-data; boundary=x`.
    static func parameter(_ key: String, of header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
