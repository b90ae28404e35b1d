import ArgumentParser
import LinliKit
import LinliSynth

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic district of Hangzhou as a dataset folder.",
        discussion: """
            Sizes: tiny ≈ 1 point, 12 workers, 80 demands; small ≈ 3, 40, 300; medium ≈ 8, 300, 3,000; \
            large ≈ 30, 3,000, 30,000; xl ≈ 120, 12,000, 120,000. The same tier and seed always give the same \
            files. The folder must be empty (or new) unless --force, so a mistyped --out cannot replace a real \
            dataset. Dates are set around the week 2026-W48. About one worker in twenty is away for a few days \
            (absences.csv, most of them in 2026-W48), and service_records.csv holds the four weeks before it; \
            --no-history leaves both out (the other files stay the same).

            Examples:
              linli generate --tier large --seed 1 --out large
              linli generate --tier small --seed 7 --out SampleData --force
            """
    )

    @Option(help: "The district size.")
    var tier: Tier

    @Option(parsing: .unconditional, help: "Seed of the generator (0-18446744073709551615).")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write into (created if needed; it must be empty unless --force).", valueName: "dir"))
    var out: String

    @Flag(help: "Write into a folder that holds files already, replacing the dataset's files of the same names.")
    var force = false

    @Flag(help: "Leave out absences.csv and service_records.csv.")
    var noHistory = false

    func run() throws {
        let counts = try DistrictGeneration(tier: tier, seed: seed, history: !noHistory).write(to: out, force: force)
        Console.print(["wrote \(out) (\(tier) tier, seed \(seed)):"] + counts.lines)
    }
}
