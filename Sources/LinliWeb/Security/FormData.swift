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
            return try urlEncoded(Array(body.readableBytesView))
        }
        if type.hasPrefix("multipart/form-data"), let boundary = parameter("boundary", of: contentType ?? "") {
            // RFC 2046 §5.1.1: 1 to 70 characters. A longer one would make the count below slow on purpose.
            guard (1...70).contains(boundary.utf8.count) else { throw ConsoleHTTPError(.badRequest, "无法读取上传的表单 (multipart boundary)。") }
            // A form of n parts holds n + 1 delimiters, the closing one included.
            guard occurrences(of: Array("--\(boundary)".utf8), in: body, limit: maxFields + 2) <= maxFields + 1 else {
                throw tooManyFields
            }
            guard partHeadersFit(body, delimiter: Array("--\(boundary)".utf8)) else {
                throw ConsoleHTTPError(.badRequest, "无法读取上传的表单 (multipart header too long)：每段的头部最多 \(maxPartHeaderBytes) 字节。")
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

    /// The most bytes the headers of one multipart part may take, up to the blank line that ends them. The
    /// console's parts carry a `Content-Disposition` and perhaps a `Content-Type` of well under 300 bytes; a part
    /// whose "header" ran for megabytes made the multipart parser work for seconds before the token was looked at.
    static let maxPartHeaderBytes = 2_048

    /// How many times `needle` occurs in `body`'s readable bytes without overlapping, counting no further than
    /// `limit`.
    /// - Complexity: O(body × needle) at worst, with a needle of at most 72 bytes (a boundary of at most 70).
    static func occurrences(of needle: [UInt8], in body: ByteBuffer, limit: Int) -> Int {
        body.withUnsafeReadableBytes { haystack in
            var count = 0, offset = 0
            while count < limit, let at = firstIndex(of: needle, in: haystack, from: offset, to: haystack.count) {
                count += 1
                offset = at + needle.count
            }
            return count
        }
    }

    /// Whether every part after a `delimiter` ends its headers (`CRLF CRLF`) within ``maxPartHeaderBytes``; the
    /// closing delimiter (`--` after it) ends the check.
    /// - Complexity: O(body × delimiter) at worst.
    static func partHeadersFit(_ body: ByteBuffer, delimiter: [UInt8]) -> Bool {
        let blankLine: [UInt8] = [13, 10, 13, 10]
        return body.withUnsafeReadableBytes { haystack in
            var offset = 0
            while let at = firstIndex(of: delimiter, in: haystack, from: offset, to: haystack.count) {
                let start = at + delimiter.count
                if haystack.count - start >= 2, haystack[start] == UInt8(ascii: "-"), haystack[start + 1] == UInt8(ascii: "-") {
                    return true
                }
                let window = min(haystack.count, start + maxPartHeaderBytes + blankLine.count)
                guard let end = firstIndex(of: blankLine, in: haystack, from: start, to: window) else { return false }
                offset = end + blankLine.count
            }
            return true
        }
    }

    /// The first index at or after `from` where `needle` occurs wholly before `to`: `memchr` finds each candidate
    /// first byte and `memcmp` compares the rest.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress else { return nil }
        return needle.withUnsafeBytes { pattern -> Int? in
            guard let key = pattern.baseAddress else { return nil }
            var offset = from
            while to - offset >= needle.count,
                  let found = memchr(base + offset, Int32(first), to - offset - needle.count + 1) {
                let at = base.distance(to: UnsafeRawPointer(found))
                if memcmp(found, key, needle.count) == 0 { return at }
                offset = at + 1
            }
            return nil
        }
    }

    /// The refusal of a form whose text is not UTF-8.
    static let notUTF8 = ConsoleHTTPError(.badRequest, "表单内容不是有效的 UTF-8 文本 (not UTF-8)，请检查后重新提交。")

    /// `a=1&b=x+y`: `+` is a space, `%XX` a byte of UTF-8.
    /// - Throws: ``notUTF8`` when a name or value's bytes are not UTF-8 (or a `%` starts no escape).
    /// - Complexity: O(body). Decoded byte by byte: Foundation's `replacingOccurrences` + `removingPercentEncoding`
    ///   took 20 s on an 8 MB value of `+`.
    static func urlEncoded(_ bytes: [UInt8]) throws -> FormData {
        var form = FormData()
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            form.fields[try decoded(parts[0]), default: []].append(parts.count > 1 ? try decoded(parts[1]) : "")
        }
        return form
    }

    /// One name or value of a URL-encoded form as text.
    static func decoded(_ raw: ArraySlice<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard raw.endIndex - i >= 3, let high = hexValue(raw[i + 1]), let low = hexValue(raw[i + 2]) else { throw notUTF8 }
                out.append(high << 4 | low)
                i += 2
            } else {
                out.append(byte)
            }
            i += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw notUTF8 }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
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
