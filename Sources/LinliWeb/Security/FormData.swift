import Foundation
import MultipartKit
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
    /// - Throws: `ConsoleHTTPError` 400 for a multipart body that does not parse.
    public static func parse(_ body: ByteBuffer, contentType: String?) throws -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") { return urlEncoded(String(buffer: body)) }
        if type.hasPrefix("multipart/form-data"), let boundary = parameter("boundary", of: contentType ?? "") {
            return try multipart(body, boundary: boundary)
        }
        return FormData()
    }

    /// `a=1&b=x+y`: `+` is a space, `%XX` a byte of UTF-8.
    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            form.fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// Parts with `Content-Disposition: form-data; name="…"[; filename="…"]`, parsed by MultipartKit.
    static func multipart(_ body: ByteBuffer, boundary: String) throws -> FormData {
        let parser = MultipartParser(boundary: boundary)
        var form = FormData()
        var disposition = ""
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            if let name = parameter("name", of: disposition) {
                if let fileName = parameter("filename", of: disposition) {
                    let base = (fileName.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent
                    if form.files[name] == nil { form.files[name] = File(fileName: base, bytes: bytes) }
                } else {
                    form.fields[name, default: []].append(String(decoding: bytes, as: UTF8.self))
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
