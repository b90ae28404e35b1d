import Foundation
import LinliDataset
import LinliEngine
import LinliModel
import Testing

/// The repository's own documentation (`Docs/`) keeps up with the code: every rule, reason code,
/// dataset file and column the code knows is described there.
@Suite struct DocsTests {
    /// `Docs/NAME` read from the package folder.
    static func page(_ name: String, filePath: String = #filePath) throws -> String {
        var root = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return try String(contentsOf: root.appendingPathComponent("Docs/\(name)"), encoding: .utf8)
    }

    @Test func everyHardRuleHasARowInRules() throws {
        let rules = try Self.page("Rules.md")
        for rule in HardRule.allCases {
            #expect(rules.contains("| \(rule.rawValue) | \(rule.name)"), "Rules.md has no row for \(rule)")
        }
    }

    @Test func everyReasonCodeIsExplained() throws {
        let rules = try Self.page("Rules.md")
        for reason in UnmetReason.allCases {
            #expect(rules.contains("| `\(reason.rawValue)` |"), "Rules.md does not explain \(reason.rawValue)")
        }
    }

    @Test func everyDatasetFileAndColumnIsDescribed() throws {
        let dataset = try Self.page("Dataset.md")
        for file in DatasetFile.allCases {
            #expect(dataset.contains("## \(file.rawValue)"), "Dataset.md has no section for \(file.rawValue)")
            guard let start = dataset.range(of: "## \(file.rawValue)") else { continue }
            let section = dataset[start.upperBound...].prefix { $0 != "#" }
            for column in file.columns {
                #expect(section.contains("`\(column)`"), "Dataset.md does not describe \(file.rawValue) column \(column)")
            }
        }
    }

    @Test func everyCategoryAndPriorityGroupIsNamed() throws {
        let text = try Self.page("Dataset.md")
        for category in Category.allCases { #expect(text.contains("`\(category.rawValue)` \(category.chineseName)")) }
        for group in PriorityGroup.allCases { #expect(text.contains("`\(group.rawValue)`")) }
    }

    @Test func theIndexLinksEveryPage() throws {
        let index = try Self.page("README.md")
        for page in ["Dataset.md", "Rules.md", "Commands.md", "Glossary.md"] {
            #expect(index.contains("(\(page))"))
            _ = try Self.page(page)
        }
    }
}
