#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Turns the bytes of a CSV file into text: UTF-8 (an initial BOM dropped), or else GB18030 as
/// Excel writes "CSV (逗号分隔)" on Chinese Windows.
///
/// A file is read as GB18030 only when it is not UTF-8 as a whole and looks like GB18030 as a whole:
/// the bytes that are not UTF-8 outnumber the well-formed multi-byte UTF-8 characters, the whole file
/// converts, and the converted text is Chinese rather than rare symbols. A UTF-8 file with a stray
/// GBK name is refused at its first bad byte rather than turned into mojibake.
enum CSVText {
    enum Encoding: Sendable { case utf8, gb18030 }

    /// Where a file stops being UTF-8, and whether it was tried as GB18030 too.
    struct Invalid: Error, Hashable, Sendable {
        /// 0-based offset of the first byte that is not UTF-8, counted from the start of the file.
        var offset: Int
        /// The bad byte.
        var byte: UInt8
        /// 1-based physical line of that byte (LF, CRLF and lone CR each end a line).
        var line: Int
        /// 1-based character within the line, counting the line's valid characters before the byte.
        var character: Int
        /// Whether the rest of the file is mostly UTF-8 (so the file was not tried as GB18030).
        var mostlyUTF8: Bool
        /// Whether the file was read as GB18030 up to this byte, which is neither GB18030 nor UTF-8: line and
        /// character are then counted in the GB18030 text before it.
        var stopsGB18030 = false
        /// Whether the file starts with a UTF-16 byte-order mark (Excel's "Unicode 文本").
        var isUTF16 = false
    }

    /// What iconv made of bytes read as GB18030.
    enum GB18030Reading: Equatable, Sendable {
        case text(String)
        /// The bytes convert up to `offset` (0-based), giving `before`; the byte there starts no GB18030 character.
        case invalid(offset: Int, before: String)
        /// iconv cannot convert from GB18030 on this system.
        case unavailable
    }

    /// What users are told when a file is neither UTF-8 nor GB18030.
    static let saveAsUTF8Hint =
        "in Excel use 文件 › 另存为 and choose \"CSV UTF-8 (逗号分隔)(*.csv)\""

    /// The decoded text and the encoding it was read in, or where the bytes stop being UTF-8.
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: Encoding), Invalid> {
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[bomLength...]
        if let text = String(validating: body, as: UTF8.self) { return .success((text, .utf8)) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Invalid(offset: 0, byte: bytes[0], line: 1, character: 1, mostlyUTF8: false, isUTF16: true))
        }
        var invalid = firstInvalid(Array(body))
        invalid.offset += bomLength
        guard !invalid.mostlyUTF8 else { return .failure(invalid) }
        switch readGB18030(body) {
        case let .text(text):
            let text = withoutBOM(text)
            if isPlausibleChinese(text) { return .success((text, .gb18030)) }
        case let .invalid(offset, before):
            // A GBK file with one bad byte is told where that byte is, not where the first GBK character is.
            let (line, character) = position(after: before)
            invalid = Invalid(
                offset: bomLength + offset, byte: body[body.startIndex + offset], line: line, character: character, mostlyUTF8: false,
                stopsGB18030: true)
        case .unavailable:
            break
        }
        return .failure(invalid)
    }

    /// The 1-based line and character that follow `text` (LF, CRLF and lone CR each end a line, as in ``firstInvalid(_:)``).
    static func position(after text: String) -> (line: Int, character: Int) {
        var line = 1, character = 1, previousCR = false
        for s in text.unicodeScalars {
            if s == "\n", previousCR {
                previousCR = false
            } else if s == "\n" || s == "\r" {
                line += 1
                character = 1
                previousCR = s == "\r"
            } else {
                character += 1
                previousCR = false
            }
        }
        return (line, character)
    }

    /// The first byte that is not UTF-8 (there must be one) with its line, and whether the well-formed
    /// multi-byte characters are at least as many as the bad bytes.
    /// - Complexity: O(n).
    static func firstInvalid(_ bytes: [UInt8]) -> Invalid {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, character = 1, multibyte = 0, bad = 0
        var first: (offset: Int, line: Int, character: Int)?
        var previousCR = false
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                let length = encoded.count
                if length > 1 { multibyte += 1 }
                let b = bytes[offset]
                if b == 0x0A, previousCR {
                    previousCR = false
                } else if b == 0x0A || b == 0x0D {
                    line += 1
                    character = 1
                    previousCR = b == 0x0D
                } else {
                    character += 1
                    previousCR = false
                }
                offset += length
            case let .error(length):
                if first == nil { first = (offset, line, character) }
                bad += length
                character += 1
                previousCR = false
                offset += length
            case .emptyInput:
                break loop
            }
        }
        let at = first ?? (bytes.count, line, character)
        let byte = at.offset < bytes.count ? bytes[at.offset] : 0
        return Invalid(offset: at.offset, byte: byte, line: at.line, character: at.character, mostlyUTF8: multibyte >= bad)
    }

    /// Whether converted text reads as Chinese: no control characters but tab and line breaks, nothing
    /// from the private use area, and at least 80% of its non-ASCII characters CJK ideographs, CJK or
    /// full-width punctuation, or general punctuation.
    static func isPlausibleChinese(_ text: String) -> Bool {
        var nonASCII = 0, chinese = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v < 0x20, v != 0x09, v != 0x0A, v != 0x0D { return false }
                continue
            }
            if (0xE000...0xF8FF).contains(v) || v >= 0xF0000 || (0x80...0x9F).contains(v) { return false }
            nonASCII += 1
            switch v {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x2000...0x206F, 0xB7:
                chinese += 1
            default:
                break
            }
        }
        return chinese * 5 >= nonASCII * 4
    }

    private static func withoutBOM(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// Converts GB18030 bytes with iconv, or says where they stop being GB18030.
    static func readGB18030(_ bytes: ArraySlice<UInt8>) -> GB18030Reading {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return .unavailable }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        // A GB18030 character of n bytes is at most 2n bytes of UTF-8 (two bytes give three).
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let (produced, left): (Int, Int) = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outLeft = outRaw.count
                let failed = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1
                return (outRaw.count - outLeft, failed ? max(1, inLeft) : inLeft)
            }
        }
        let text = String(decoding: output[..<produced], as: UTF8.self)
        return left == 0 ? .text(text) : .invalid(offset: input.count - left, before: text)
    }
}
