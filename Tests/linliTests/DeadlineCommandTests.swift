import Foundation
import Testing

/// `--time-limit` holds on the wall clock: a limit far too short to place any visit ends the run by the clock,
/// and such a run is refused (exit 1) with nothing stored or published; a limit short only for the work
/// budget still gives a complete roster.
@Suite struct DeadlineCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    /// One microsecond: the clock is up before the first visit is placed. The hook is overridden, not just left
    /// out, since other suites of this process may have set it.
    static let clockOut = ["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.000001"]
    static let realClock = ["LINLI_NO_DEADLINE": "0"]

    @Test func aRunTheClockEndedBeforeItPlacedAnythingIsRefused() throws {
        try run("generate", "--tier", "tiny", "--seed", "4", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let first = try run(Self.clockOut, expecting: 1, environment: Self.realClock)
        #expect(first.stderr.contains("ran out before any visit of 2026-W48 was placed: nothing was stored"), "\(first.stderr)")
        #expect(try run("runs", "--db", "d.sqlite", "--week", "2026-W48").stdout.contains("no runs"))
        try run("check", "--db", "d.sqlite", "--week", "2026-W48", expecting: 1)

        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.01")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "good")
        let good = try box.bytes("good/roster.csv")
        #expect(String(decoding: good, as: UTF8.self).split(separator: "\n").count > 1)
        try run(Self.clockOut, expecting: 1, environment: Self.realClock)
        try run(Self.clockOut + ["--replan-from", "2026-11-25"], expecting: 1, environment: Self.realClock)
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "after")
        #expect(try box.bytes("after/roster.csv") == good)
    }

    @Test func theWorkBudgetEndsAShortRunAndTheSummarySaysSo() throws {
        try run("generate", "--tier", "tiny", "--seed", "4", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let budget = try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.01")
        #expect(budget.stdout.contains("stopped by the work budget"), "\(budget.stdout)")
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "budget")
        let summary = try JSONSerialization.jsonObject(with: box.bytes("budget/summary.json")) as? [String: Any]
        #expect(summary?["stopped_by"] as? String == "budget")
        #expect(summary?["upper_bound_method"] as? String == "lagrangian")
    }
}
