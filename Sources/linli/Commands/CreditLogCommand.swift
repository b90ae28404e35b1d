import ArgumentParser

struct CreditLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List every recorded credit change, oldest first.",
        discussion: """
            Example:
              linli credit log --db linli.sqlite
            """
    )

    @OptionGroup var db: DatabaseOption

    func run() throws {
        Console.print(try db.workspace.creditLogLines())
    }
}
