import Foundation
import Testing

/// `linli statement` end to end: text, JSON, the CSV folder and the exit codes.
@Suite struct StatementCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    func json(_ result: Linli.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func statementOfRecordedVisits() throws {
        try run("generate", "--tier", "tiny", "--seed", "3", "--no-history", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let empty = try json(try run("statement", "--db", "d.sqlite", "--month", "2026-11", "--json"))
        #expect(empty["visits"] as? Int == 0 && empty["amount_fen"] as? Int == 0)

        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "out")
        let rows = try box.read("out/roster.csv").split(separator: "\n").dropFirst().prefix(3).map { $0.split(separator: ",") }
        #expect(rows.count == 3)
        let prices = ["45.50", "30", "12.05"]
        let records = zip(rows, prices).enumerated().map { i, pair in
            let done = i < 2 ? "done,09:00,10:\(i)0,\(pair.1)" : "worker_no_show,,,"
            return "\(pair.0[0]),\(pair.0[1]),\(pair.0[4]),\(done),,,"
        }
        let header = "demand_id,date,worker_id,status,started,ended,price,stars,complaint,note\n"
        try FileManager.default.createDirectory(at: box.url.appendingPathComponent("records"), withIntermediateDirectories: true)
        try (header + records.joined(separator: "\n") + "\n")
            .write(to: box.url.appendingPathComponent("records/service_records.csv"), atomically: true, encoding: .utf8)
        try run("import", "records/service_records.csv", "--db", "d.sqlite")

        let object = try json(try run("statement", "--db", "d.sqlite", "--month", "2026-11", "--json"))
        #expect(object["month"] as? String == "2026-11")
        #expect(object["visits"] as? Int == 2)
        #expect(object["minutes"] as? Int == 60 + 70)
        #expect(object["amount_fen"] as? Int == 4550 + 3000)
        let workers = try #require(object["by_worker"] as? [[String: Any]])
        #expect(workers.reduce(0) { $0 + ($1["amount_fen"] as? Int ?? 0) } == 7550)

        let text = try run("statement", "--db", "d.sqlite", "--month", "2026-11", "--out", "statement")
        #expect(text.stdout.contains("by enterprise") && text.stdout.contains("75.50"))
        for name in ["totals.csv", "by_enterprise.csv", "by_worker.csv", "by_community.csv"] {
            let bytes = try Data(contentsOf: box.url.appendingPathComponent("statement/\(name)"))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
        }
        #expect(try box.read("statement/totals.csv").contains("2026-11,2,130,75.50"))
        try run("statement", "--db", "d.sqlite", "--month", "2026-11", "--out", "statement", expecting: 1)
        try run("statement", "--db", "d.sqlite", "--month", "2026-11", "--out", "statement", "--force")
        let october = try json(try run("statement", "--db", "d.sqlite", "--month", "2026-10", "--json"))
        #expect(october["visits"] as? Int == 0)
        let bad = try run("statement", "--db", "d.sqlite", "--month", "2026-13", expecting: 2)
        #expect(bad.stderr.contains("yyyy-mm"))
    }
}
