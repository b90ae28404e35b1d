import ArgumentParser
import Foundation
import LinliKit
import LinliWeb

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the sample district, show what it holds, and roster its week 2026-W48.",
        discussion: """
            Reads SampleData (from the current folder, or next to the package) into the database, prints \
            the rows per file and the week's visits, then builds, stores and summarizes the roster. With \
            --serve it then creates one web-console account per role (admin, office of the first community, \
            enterprise of the first enterprise, planner), prints their new passwords and serves the console.

            Examples:
              swift run linli demo
              linli demo --db demo.sqlite

            The console (it runs until stopped): swift run linli demo --serve
            """
    )

    @Option(name: .customLong("db"), help: ArgumentHelp("The database to create or update.", valueName: "file"))
    var path = "linli.sqlite"

    @Option(help: ArgumentHelp("Another dataset folder to use instead of SampleData.", valueName: "dir"))
    var sampleData: String?

    @OptionGroup var runOptions: RunOptionGroup

    @Flag(help: "Then create demo accounts (passwords printed) and serve the web console.")
    var serve = false

    @OptionGroup var server: ServerOptionGroup

    func validate() throws { try DatabaseOption.validate([path]) }

    func run() async throws {
        let options = runOptions.request(week: Demo.week).options
        let outcome = try Demo(databasePath: path, sampleData: sampleData, options: options).run(progress: Console.progress)
        Console.error(outcome.imported.warnings.map(\.description))
        Console.print(outcome.lines)
        guard serve else { return }
        let console = try WebConsole.open(databasePath: path, configuration: server.configuration)
        let accounts = try DemoAccounts.create(in: console.workspace, policy: server.configuration.accounts)
        let lines = accounts.lines(url: server.url)
        try await console.serve {
            Console.print(lines)
            fflush(nil)  // the lines must show while serving blocks, also when stdout is a file
        }
    }
}
