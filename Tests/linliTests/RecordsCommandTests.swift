import Foundation
import Testing

/// `linli import service_records.csv`, `history` and `credit` end to end, with their exit codes.
@Suite struct RecordsCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    /// Writes `text` to `name` in the sandbox, creating its folder.
    func write(_ name: String, _ text: String) throws {
        let url = box.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func recordsHistoryAndCredit() throws {
        try run("generate", "--tier", "tiny", "--seed", "3", "--no-history", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "out")
        let row = try #require(try box.read("out/roster.csv").split(separator: "\n").dropFirst().first?.split(separator: ","))
        let (demand, date, worker) = (String(row[0]), String(row[1]), String(row[4]))
        let header = "demand_id,date,worker_id,status,started,ended,price,stars,complaint,note\n"
        try write("bad/service_records.csv", header + "\(demand),\(date),\(worker),done,10:00,09:00,,7,angry,\n")
        let bad = try run("import", "bad/service_records.csv", "--db", "d.sqlite", expecting: 1)
        for column in ["ended", "price", "stars", "complaint"] {
            #expect(bad.stderr.contains("service_records.csv:2: \(column): error:"), "\(bad.stderr)")
        }
        try write("good/service_records.csv", header + "\(demand),\(date),\(worker),worker_no_show,,,,1,serious,没来\n")
        try run("import", "good/service_records.csv", "--db", "d.sqlite")

        let history = try run("history", "--db", "d.sqlite", "--worker", worker, "--csv")
        #expect(history.stdout.contains("date,demand_id,household_id,planned_worker_id"))
        #expect(history.stdout.contains("worker_no_show"))
        try run("history", "--db", "d.sqlite", expecting: 2)
        try run("history", "--db", "d.sqlite", "--worker", "nobody", expecting: 1)

        let review = try run("credit", "review", "--db", "d.sqlite", "--month", "2026-11", "--json")
        let json = try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any]
        let flagged = (json?["workers"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(flagged == [worker])
        try run("credit", "review", "--db", "d.sqlite", "--month", "2026-13", expecting: 2)

        try run("credit", "set", "--db", "d.sqlite", "--worker", worker, "--credit", "dishonest", "--reason", "no-show", "--by", "tester")
        try run("credit", "set", "--db", "d.sqlite", "--worker", "nobody", "--credit", "warned", "--reason", "x", expecting: 1)
        try run("credit", "set", "--db", "d.sqlite", "--worker", worker, "--credit", "warned", "--reason", " ", expecting: 2)
        let log = try run("credit", "log", "--db", "d.sqlite")
        #expect(log.stdout.contains("tester") && log.stdout.contains("dishonest"))
        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "again")
        #expect(!(try box.read("again/roster.csv")).contains(",\(worker),"))
        try run("check", "--db", "d.sqlite", "--week", "2026-W48")
    }
}
