import Foundation
import Testing

/// `linli user add` reads the password from the first line of standard input, and no more of it than a password
/// may hold: a line with no end (`< /dev/zero`) ran the process out of memory.
@Suite struct UserCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    func add(_ name: String, input: String) throws -> Linli.Result {
        try linli.run(["user", "add", "--db", "d.sqlite", "--name", name, "--role", "planner"], in: box.url, input: input)
    }

    @Test func aPasswordLineWithNoEndIsRefusedAsTooLong() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        try run(["import", "district", "--db", "d.sqlite"])
        let endless = try add("zero", input: "/dev/zero")
        #expect(endless.status == 1, "\(endless.stderr)")
        #expect(endless.stderr.contains("72"), "\(endless.stderr)")
        let long = box.url.appendingPathComponent("long.txt")
        try (String(repeating: "p", count: 100_000) + "\n").write(to: long, atomically: true, encoding: .utf8)
        #expect(try add("long", input: long.path).status == 1)
        let good = box.url.appendingPathComponent("good.txt")
        try (String(repeating: "p", count: 72) + "\r\nsecond line\n").write(to: good, atomically: true, encoding: .utf8)
        let created = try add("planner1", input: good.path)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created planner account planner1"))
    }
}
