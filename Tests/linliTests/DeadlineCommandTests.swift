import Foundation
import Testing

/// `--time-limit` holds on the wall clock: a limit far too short for the work budget ends the search by the
/// clock, the summary says so, and the roster is still complete and valid.
@Suite struct DeadlineCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    @Test func clockEndsTheSearchAndTheSummarySaysSo() throws {
        try run("generate", "--tier", "tiny", "--seed", "4", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        // One microsecond: the 6-unit budget is not what stops it, the clock is. The hook is overridden, not
        // just left out, since other suites of this process may have set it.
        let roster = try run(
            "roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.000001", environment: ["LINLI_NO_DEADLINE": "0"])
        #expect(roster.stdout.contains("stopped by the clock"), "\(roster.stdout)")
        #expect(try run("check", "--db", "d.sqlite", "--week", "2026-W48").stdout.hasSuffix("OK\n"))
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "clock")
        let clock = try JSONSerialization.jsonObject(with: box.bytes("clock/summary.json")) as? [String: Any]
        #expect(clock?["stopped_by"] as? String == "clock")

        let budget = try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.01")
        #expect(budget.stdout.contains("stopped by the work budget"), "\(budget.stdout)")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "budget")
        let summary = try JSONSerialization.jsonObject(with: box.bytes("budget/summary.json")) as? [String: Any]
        #expect(summary?["stopped_by"] as? String == "budget")
        #expect(summary?["upper_bound_method"] as? String == "lagrangian")
    }
}
