import Foundation
import Testing

/// `coverage simulate --pins` is accepted and its pins are kept, like `roster --pins`, without storing them.
@Suite struct CoverageSimulatePinsTests {
    @Test func simulateKeepsTheGivenPins() throws {
        let linli = try Linli.built()
        let box = try Sandbox()
        _ = try linli.run(["generate", "--tier", "tiny", "--seed", "2", "--out", "district"], in: box.url)
        _ = try linli.run(["import", "district", "--db", "d.sqlite"], in: box.url)
        _ = try linli.run(["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05"], in: box.url)
        _ = try linli.run(["export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "out"], in: box.url)
        let row = try #require(try box.read("out/roster.csv").split(separator: "\n").dropFirst().first)
        let f = row.split(separator: ",", omittingEmptySubsequences: false)
        try Data("demand_id,date,worker_id,start\n\(f[0]),\(f[1]),\(f[4]),\(f[2])\n".utf8).write(to: URL(fileURLWithPath: box.path("pins.csv")))
        try Data("point_id,name,community_id,lat,lon,radius_m,enterprise_ids\n".utf8).write(to: URL(fileURLWithPath: box.path("none.csv")))
        let before = try box.bytes("d.sqlite")

        let result = try linli.run(
            ["coverage", "simulate", "--db", "d.sqlite", "--week", "2026-W48", "--add", "none.csv", "--pins", "pins.csv", "--time-limit", "0.05"],
            in: box.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 pin(s) kept in both rosters"))
        #expect(try box.bytes("d.sqlite") == before)
    }
}
