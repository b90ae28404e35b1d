import Foundation
import Testing

/// Every example a user is shown runs as shown on SampleData: the README's shell blocks, in order, and
/// the examples of every command's `--help`, each in a fresh folder.
///
/// The help examples' folder holds a copy of `SampleData/` and `linli.sqlite` with SampleData imported and
/// its week 2026-W48 rostered with `SampleData/examples/pins.csv`; `linli` is first on the PATH, so an
/// example needs nothing a newcomer would not have after the README's first steps.
@Suite(.serialized) struct ExamplesTests {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The sandbox every example starts from.
    struct Stage {
        let box: Sandbox
        let linli: Linli

        /// A folder with `SampleData/` and `bin/linli`.
        init() throws {
            linli = try Linli.built()
            box = try Sandbox()
            try FileManager.default.copyItem(
                at: ExamplesTests.packageRoot.appendingPathComponent("SampleData"), to: box.url.appendingPathComponent("SampleData"))
            try FileManager.default.createDirectory(at: box.url.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: box.url.appendingPathComponent("bin/linli"), withDestinationURL: linli.executable)
        }

        /// Imports SampleData into `linli.sqlite` and rosters 2026-W48 quickly with the example pins;
        /// returns the file's path.
        ///
        /// This set-up is no example, so its roster runs with no clock (its 0.2 s are a fixed amount of
        /// work): on a machine loaded by the rest of the suite the clock once ran out before a first visit
        /// was placed, and such a run publishes nothing.
        func prepareDatabase() throws -> String {
            for line in [
                "linli import SampleData --db linli.sqlite",
                "LINLI_NO_DEADLINE=1 linli roster --db linli.sqlite --week 2026-W48 --time-limit 0.2 --pins SampleData/examples/pins.csv",
            ] {
                let result = try shell(line)
                #expect(result.status == 0, "\(line):\n\(result.stderr)")
            }
            return box.path("linli.sqlite")
        }

        /// Runs `script` with bash in the sandbox, `linli` first on the PATH, help unwrapped.
        func shell(_ script: String) throws -> Linli.Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-e", "-o", "pipefail", "-c", script]
            process.currentDirectoryURL = box.url
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = box.path("bin") + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["COLUMNS"] = "1000"
            // As a user runs them: the time limit holds on the clock (other suites turn the clock off).
            environment["LINLI_NO_DEADLINE"] = nil
            process.environment = environment
            let out = box.url.appendingPathComponent(".out-\(UUID().uuidString)")
            let err = box.url.appendingPathComponent(".err-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            defer {
                try? FileManager.default.removeItem(at: out)
                try? FileManager.default.removeItem(at: err)
            }
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return Linli.Result(
                status: process.terminationStatus,
                stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        }
    }

    /// The fenced ```sh blocks of the README, in order.
    static func readmeBlocks() throws -> [String] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```sh" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return blocks
    }

    /// Every command path of `linli` (`["import"]`, `["coverage", "plan"]`, …), from the help's SUBCOMMANDS.
    static func commandPaths(_ stage: Stage, under path: [String] = []) throws -> [[String]] {
        let help = try stage.shell((["linli"] + path + ["--help"]).joined(separator: " ")).stdout
        guard let range = help.range(of: "SUBCOMMANDS:\n") else { return [path] }
        var paths: [[String]] = [path]
        for line in help[range.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { break }
            if name == "help" || name == "See" { continue }
            paths += try commandPaths(stage, under: path + [String(name)])
        }
        return paths
    }

    /// The example command lines of a help text: the lines after `Example:`/`Examples:` that start with
    /// `linli `, with `\` continuations joined.
    static func examples(inHelp help: String) -> [String] {
        var result: [String] = []
        var inExamples = false
        var pending = ""
        for raw in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == "Example:" || line == "Examples:" { inExamples = true; continue }
            guard inExamples else { continue }
            if !pending.isEmpty {
                pending += " " + line
            } else if line.hasPrefix("linli ") {
                pending = line
            } else if line.isEmpty || line.hasPrefix("USAGE:") {
                inExamples = !line.hasPrefix("USAGE:") && inExamples
                continue
            } else {
                continue
            }
            if pending.hasSuffix("\\") {
                pending.removeLast()
            } else {
                result.append(pending.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
                pending = ""
            }
        }
        return result
    }

    /// Every help page reads in an 80-column terminal: no example is wrapped into a second line a user could not
    /// paste (long ones end in `\\` and go on, indented, on the next), and no sentence keeps a run of spaces from
    /// the indentation of a source line.
    @Test func everyHelpPageReadsAtEightyColumns() throws {
        let stage = try Stage()
        for path in try Self.commandPaths(stage) {
            let command = (["linli"] + path + ["--help"]).joined(separator: " ")
            let help = try stage.shell("COLUMNS=80 " + command).stdout
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
            var inExamples = false
            for (index, line) in prose.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "Example:" || trimmed == "Examples:" { inExamples = true; continue }
                if inExamples, index > 0, !line.isEmpty, !line.hasPrefix(" "), !prose[index - 1].isEmpty {
                    Issue.record("\(command): an example wraps at 80 columns: `\(prose[index - 1])` / `\(line)`")
                }
                if trimmed.contains(/\S {3,}\S/) { Issue.record("\(command): a run of spaces in `\(line)`") }
            }
        }
    }

    @Test func theReadmeRunsAsWritten() throws {
        let stage = try Stage()
        let blocks = try Self.readmeBlocks()
        #expect(!blocks.isEmpty, "README.md has no ```sh block")
        for block in blocks {
            let result = try stage.shell(block)
            #expect(result.status == 0, "README block failed (exit \(result.status)):\n\(block)\n\(result.stderr)")
        }
    }

    /// The examples run one after the other in one folder, command by command as `linli --help` lists
    /// them, as a user trying each help page in turn would: `batch merge` merges the reports that the
    /// `batch run` examples wrote.
    @Test func everyHelpExampleRuns() throws {
        let stage = try Stage()
        _ = try stage.prepareDatabase()
        let paths = try Self.commandPaths(stage)
        #expect(paths.count >= 10)
        var ran = 0
        var seen: Set<String> = []
        for path in paths {
            let help = try stage.shell((["linli"] + path + ["--help"]).joined(separator: " ")).stdout
            // A group's help may repeat its subcommands' examples: each distinct line runs once.
            for example in Self.examples(inHelp: help) where seen.insert(example).inserted {
                let result = try stage.shell(example)
                #expect(result.status == 0, "`\(example)` (from linli \(path.joined(separator: " ")) --help) exited \(result.status):\n\(result.stderr)")
                ran += 1
            }
        }
        #expect(ran >= paths.count / 2, "too few examples: \(ran) for \(paths.count) commands")
    }
}
