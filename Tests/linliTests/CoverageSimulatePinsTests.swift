import Foundation
import Testing

/// `coverage simulate --pins` is accepted and its pins are kept, like `roster --pins`, without storing them.
@Suite struct CoverageSimulatePinsTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    @Test func simulateKeepsTheGivenPins() throws {
        try run("generate", "--tier", "tiny", "--seed", "2", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "out")
        let row = try #require(try box.read("out/roster.csv").split(separator: "\n").dropFirst().first)
        let f = row.split(separator: ",", omittingEmptySubsequences: false)
        try Data("demand_id,date,worker_id,start\n\(f[0]),\(f[1]),\(f[4]),\(f[2])\n".utf8).write(to: URL(fileURLWithPath: box.path("pins.csv")))
        try Data("point_id,name,community_id,lat,lon,radius_m,enterprise_ids\n".utf8).write(to: URL(fileURLWithPath: box.path("none.csv")))
        let before = try box.bytes("d.sqlite")

        let result = try run(
            "coverage", "simulate", "--db", "d.sqlite", "--week", "2026-W48", "--add", "none.csv", "--pins", "pins.csv", "--time-limit", "0.05")
        #expect(result.stdout.contains("1 pin(s) kept in both rosters"))
        #expect(try box.bytes("d.sqlite") == before)
    }
}
