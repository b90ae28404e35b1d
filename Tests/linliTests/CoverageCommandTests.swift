import Foundation
import Testing

/// End-to-end runs of `linli coverage`, `coverage simulate`, `coverage plan` and `indicators`.
@Suite struct CoverageCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    @Test func planPrintsTheJSONOfTheContract() throws {
        let result = try run("coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv", "--k", "2", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["chosen", "covered_weight", "total_weight", "upper_bound", "seconds"] { #expect(object[key] != nil, "missing \(key)") }
        #expect((object["chosen"] as? [String])?.count == 2)
    }

    @Test func coverageSimulateAndIndicatorsRunAndTheMapIsWritten() throws {
        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        let coverage = try run("coverage", "--db", "d.sqlite", "--map", "map.svg")
        #expect(coverage.stdout.contains("district"))
        #expect(try box.read("map.svg").hasPrefix("<svg"))
        let before = try box.bytes("d.sqlite")
        try run("coverage", "simulate", "--db", "d.sqlite", "--week", "2026-W48", "--add", "sites.csv", "--time-limit", "0.05")
        #expect(try box.bytes("d.sqlite") == before)
        let indicators = try run("indicators", "--db", "d.sqlite", "--on", "2026-11-23")
        #expect(indicators.stdout.contains("reach coverage"))
    }

    @Test(arguments: [
        ["coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv", "--k", "-1"],
        ["coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv"],
        ["coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "sites.csv", "--k", "1", "--weight", "gold"],
        ["coverage", "--db", "d.sqlite", "--target", "90"],
        ["indicators", "--db", "d.sqlite", "--year", "2031"],
    ])
    func usageErrorsExit2(arguments: [String]) throws {
        try run(arguments, expecting: 2)
    }

    @Test func aMissingCandidatesFileExits1() throws {
        let result = try run("coverage", "plan", "--db", "d.sqlite", "--week", "2026-W48", "--candidates", "none.csv", "--k", "1", expecting: 1)
        #expect(result.stderr.hasPrefix("linli: error: "))
    }
}

extension CoverageCommandTests {
    /// A tiny district imported into d.sqlite, and sites.csv with eight candidate sites at its first households.
    init() throws {
        self.init(linli: try Linli.built(), box: try Sandbox())
        try run("generate", "--tier", "tiny", "--seed", "2", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let households = try box.read("district/households.csv").split(separator: "\n").dropFirst().prefix(8)
        let enterprise = try box.read("district/enterprises.csv").split(separator: "\n")[1].split(separator: ",")[0]
        let rows = households.enumerated().map { i, line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            return "X\(i),site \(i),\(f[1]),\(f[2]),\(f[3]),300,\(enterprise)"
        }
        try Data((["point_id,name,community_id,lat,lon,radius_m,enterprise_ids"] + rows).joined(separator: "\n").utf8)
            .write(to: URL(fileURLWithPath: box.path("sites.csv")))
    }
}
