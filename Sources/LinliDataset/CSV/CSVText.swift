#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Turns the bytes of a CSV file into text: UTF-8 (an initial BOM dropped), or else GB18030 as
/// Excel writes "CSV (逗号分隔)" on Chinese Windows.
enum CSVText {
    enum Encoding: Sendable { case utf8, gb18030 }

    /// What users are told when a file is neither UTF-8 nor GB18030.
    static let saveAsUTF8Hint =
        "the file is neither UTF-8 nor GB18030 (GBK) text; in Excel use 文件 › 另存为 and choose \"CSV UTF-8 (逗号分隔)(*.csv)\""

    /// The decoded text and the encoding it was read in, or nil when the bytes are in neither encoding.
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        guard var text = gb18030ToUTF8(body) else { return nil }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return (text, .gb18030)
    }

    /// Converts GB18030 bytes with iconv; nil when iconv is missing or the bytes are not GB18030.
    static func gb18030ToUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outLeft = outRaw.count
                guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return nil }
                return outRaw.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }
}
