import Foundation
import Testing

/// `linli absence` and `linli import absences.csv` from the command line: exit codes and words.
@Suite struct AbsenceCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    @Test func aSickCallIsRecordedShortenedListedRemovedAndKeptOffTheRoster() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        try run(["import", "district", "--db", "d.sqlite"])
        let add = ["absence", "add", "--db", "d.sqlite", "--worker", "W00001", "--from", "2026-11-23"]
        #expect(try run(add + ["--until", "2026-12-06", "--reason", "sick"]).stdout.contains("recorded absence: W00001 2026-11-23 2026-12-06 sick"))
        #expect(try run(add + ["--until", "2026-11-29", "--reason", "sick"]).stdout.contains("changed absence"))
        #expect(try run(["absence", "list", "--db", "d.sqlite", "--week", "2026-W48"]).stdout == "W00001 2026-11-23 2026-11-29 sick\n")
        try run(["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05"])
        try run(["check", "--db", "d.sqlite", "--week", "2026-W48"])
        try run(["export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "roster"])
        let roster = try String(contentsOfFile: box.path("roster/roster.csv"), encoding: .utf8)
        #expect(!roster.contains(",W00001,"))
        let summary = try String(contentsOfFile: box.path("roster/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"utilisation_mean\"") && summary.contains("\"utilisation_sd\""))

        try run(["absence", "remove", "--db", "d.sqlite", "--worker", "W00001", "--from", "2026-11-23"])
        let again = try run(["absence", "remove", "--db", "d.sqlite", "--worker", "W00001", "--from", "2026-11-23"], expecting: 1)
        #expect(again.stderr.contains("there is no absence of worker W00001 from 2026-11-23"))
        #expect(try run(["absence", "list", "--db", "d.sqlite"]).stdout == "no absences\n")
    }

    @Test func badAbsencesExitOneAndABadReasonIsAUsageError() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        try run(["import", "district", "--db", "d.sqlite"])
        let unknown = try run(
            ["absence", "add", "--db", "d.sqlite", "--worker", "NOBODY", "--from", "2026-11-23", "--until", "2026-11-23", "--reason", "sick"],
            expecting: 1)
        #expect(unknown.stderr.contains("there is no worker NOBODY"))
        try run(
            ["absence", "add", "--db", "d.sqlite", "--worker", "W00001", "--from", "2026-11-23", "--until", "2026-11-23", "--reason", "flu"],
            expecting: 2)
        try "worker_id,from,until,reason\nW00001,2026-11-24,2026-11-23,sick\n".write(
            toFile: box.path("absences.csv"), atomically: true, encoding: .utf8)
        let refused = try run(["import", "absences.csv", "--db", "d.sqlite"], expecting: 1)
        #expect(refused.stderr.contains("absences.csv:2: until: error: until 2026-11-23 is before from 2026-11-24"))
        #expect(try run(["absence", "list", "--db", "d.sqlite"]).stdout == "no absences\n")
    }
}
