import Foundation
import Testing

/// Extreme numbers in every numeric column and option end in exit 0, 1 or 2: a located error or a
/// usage error, never a trap (a signal such as SIGILL shows as another status).
@Suite struct NumericFuzzTests {
    /// Every numeric column of the dataset files; a list column gets the extreme as one of its items.
    static let columns: [(file: String, column: String, prefix: String)] = [
        ("communities.csv", "lat", ""), ("communities.csv", "lon", ""), ("communities.csv", "households", ""),
        ("service_points.csv", "lat", ""), ("service_points.csv", "lon", ""), ("service_points.csv", "radius_m", ""),
        ("enterprises.csv", "rating", ""),
        ("menu.csv", "price", ""), ("menu.csv", "min_minutes", ""), ("menu.csv", "skill_level", ""),
        ("workers.csv", "home_lat", ""), ("workers.csv", "home_lon", ""), ("workers.csv", "skills", "cleaning:"),
        ("workers.csv", "rating", ""), ("workers.csv", "rotation_offset", ""), ("workers.csv", "max_week_minutes", ""),
        ("shift_patterns.csv", "cycle_week", ""), ("shift_patterns.csv", "weekday", ""),
        ("households.csv", "lat", ""), ("households.csv", "lon", ""),
        ("demands.csv", "minutes", ""), ("demands.csv", "max_price", ""), ("demands.csv", "weekdays", ""),
    ]

    static let extremes = ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e308", "1e25", "-1", "0", "nan"]

    static let statuses: Set<Int32> = [0, 1, 2]

    @Test func everyNumericColumnWithExtremeValues() throws {
        let linli = try Linli.built()
        let box = try Sandbox()
        _ = try linli.run(["generate", "--tier", "tiny", "--seed", "4", "--out", "district"], in: box.url)
        var files: [String: String] = [:]
        for (file, _, _) in Self.columns where files[file] == nil { files[file] = try box.read("district/\(file)") }
        let cases = Self.columns.flatMap { c in Self.extremes.map { (c.file, c.column, c.prefix + $0) } }
        let failures = Failures()
        let root = box.url
        let originals = files
        DispatchQueue.concurrentPerform(iterations: cases.count) { i in
            let (file, column, value) = cases[i]
            do {
                let folder = root.appendingPathComponent("case\(i)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (name, text) in originals {
                    let out = name == file ? try Self.replacing(column, in: text, with: value) : text
                    try Data(out.utf8).write(to: folder.appendingPathComponent(name))
                }
                var runs = [["import", "case\(i)", "--db", "case\(i).sqlite"]]
                let imported = try linli.run(runs[0], in: root)
                failures.check(imported, "\(file) \(column)=\(value): linli import")
                if imported.status == 0 {
                    runs = [
                        ["roster", "--db", "case\(i).sqlite", "--week", "2026-W48", "--time-limit", "0.02"],
                        ["coverage", "--db", "case\(i).sqlite"],
                        ["indicators", "--db", "case\(i).sqlite", "--on", "2026-11-23"],
                    ]
                    for arguments in runs {
                        failures.check(try linli.run(arguments, in: root), "\(file) \(column)=\(value): linli \(arguments[0])")
                    }
                }
            } catch {
                failures.add("\(file) \(column)=\(value): \(error)")
            }
        }
        withExtendedLifetime(box) {}
        #expect(failures.messages.isEmpty, "\(failures.messages.joined(separator: "\n"))")
    }

    @Test func everyNumericOptionWithExtremeValues() throws {
        let linli = try Linli.built()
        let box = try Sandbox()
        _ = try linli.run(["generate", "--tier", "tiny", "--seed", "4", "--out", "district"], in: box.url)
        _ = try linli.run(["import", "district", "--db", "d.sqlite"], in: box.url)
        let households = try box.read("district/households.csv").split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        let enterprise = try box.read("district/enterprises.csv").split(separator: "\n")[1].split(separator: ",")[0]
        let options: [(arguments: [String], option: String)] = [
            (["roster", "--db", "d.sqlite", "--week", "2026-W48"], "--time-limit"),
            (["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.02"], "--seed"),
            (["solve", "district", "--week", "2026-W48", "--out", "out"], "--time-limit"),
            (["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--time-limit", "0.02"], "--jobs"),
            (["batch", "--db", "d.sqlite", "--weeks", "2026-W48"], "--time-limit"),
            (["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--time-limit", "0.02"], "--shard"),
            (["coverage", "--db", "d.sqlite"], "--target"),
            (["coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv"], "--k"),
            (["indicators", "--db", "d.sqlite"], "--year"),
            (["generate", "--tier", "tiny", "--out", "gen"], "--seed"),
        ]
        for radius in Self.extremes {
            let site = "X1,site,\(households[1]),\(households[2]),\(households[3]),\(radius),\(enterprise)"
            try Data("point_id,name,community_id,lat,lon,radius_m,enterprise_ids\n\(site)\n".utf8)
                .write(to: box.url.appendingPathComponent("sites.csv"))
            let result = try linli.run(
                ["coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv", "--k", "1"], in: box.url)
            #expect(result.status == (Double(radius).map { $0 >= 0 && $0 <= Double.pi * 6_371_008.8 } == true ? 0 : 1), "radius \(radius): \(result.stderr)")
        }
        try Data("point_id,name,community_id,lat,lon,radius_m,enterprise_ids\n".utf8).write(to: box.url.appendingPathComponent("sites.csv"))
        let point = try box.read("district/service_points.csv").split(separator: "\n")[1].split(separator: ",")[0]
        for value in Self.extremes {
            let files = [
                ("staff.csv", "enterprise_id,point_id,skills,count\n\(enterprise),\(point),cleaning:2,\(value)\n"),
                ("staff.csv", "enterprise_id,point_id,skills,count\n\(enterprise),\(point),cleaning:\(value),1\n"),
                ("targets.csv", "indicator,target\nenterprises,\(value)\n"),
                ("targets.csv", "indicator,target\nreach_coverage,>=\(value)%\n"),
            ]
            for (name, text) in files {
                try Data(text.utf8).write(to: box.url.appendingPathComponent(name))
                let arguments = name == "staff.csv"
                    ? ["coverage", "simulate", "--db", "d.sqlite", "--week", "2026-W48", "--add", "sites.csv", "--staff", name, "--time-limit", "0.02"]
                    : ["indicators", "--db", "d.sqlite", "--on", "2026-11-23", "--targets", name]
                let result = try linli.run(arguments, in: box.url)
                #expect(Self.statuses.contains(result.status), "\(name) \(text): status \(result.status)\n\(result.stderr)")
            }
        }
        for (arguments, option) in options {
            for value in Self.extremes + ["inf", "1e15", "86401", "-5", "0/0", "1/99999999999"] {
                let result = try linli.run(arguments + [option, value], in: box.url)
                #expect(Self.statuses.contains(result.status), "\(arguments.joined(separator: " ")) \(option) \(value): status \(result.status)\n\(result.stderr)")
                #expect(!result.stderr.contains("Missing value"), "\(option) \(value): \(result.stderr)")
            }
        }
    }

    @Test(arguments: ["-5", "0", "nan", "inf", "1e15", "86401"])
    func aTimeLimitOutsideADayIsAUsageErrorSayingWhy(value: String) throws {
        let linli = try Linli.built()
        let box = try Sandbox()
        let result = try linli.run(["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", value], in: box.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--time-limit must be a number of seconds above 0 and at most 86400"), "\(result.stderr)")
    }

    @Test func anInvalidWeekSaysWhy() throws {
        let linli = try Linli.built()
        let box = try Sandbox()
        let result = try linli.run(["roster", "--db", "d.sqlite", "--week", "2025-W53"], in: box.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("2025 has no W53: its ISO weeks run W01-W52"), "\(result.stderr)")
    }

    /// `column` of the first data row set to `value`.
    static func replacing(_ column: String, in text: String, with value: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        let i = try #require(header.firstIndex(of: column))
        var fields = lines[1].components(separatedBy: ",")
        fields[i] = value
        lines[1] = fields.joined(separator: ",")
        return lines.joined(separator: "\n")
    }
}

/// Failures collected from concurrent runs.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String] = []

    func add(_ message: String) { lock.withLock { messages.append(message) } }

    func check(_ result: Linli.Result, _ what: String) {
        if !NumericFuzzTests.statuses.contains(result.status) { add("\(what): status \(result.status)\n\(result.stderr)") }
    }
}
