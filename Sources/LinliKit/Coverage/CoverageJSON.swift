import Foundation

/// The JSON encoder the coverage commands share: pretty-printed with sorted keys; nil fields are left out.
enum CoverageJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
