import ArgumentParser

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage web-console accounts.",
        subcommands: [UserAddCommand.self]
    )
}
