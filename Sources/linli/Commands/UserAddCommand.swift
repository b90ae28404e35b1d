import ArgumentParser
import Foundation
import LinliKit
import LinliStore

extension ConsoleRole: ExpressibleByArgument {}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a web-console account; the password is read from standard input.",
        discussion: """
            Roles: admin (everything), office (one community: --community), enterprise (one enterprise: \
            --enterprise), planner (district figures, no personal rows). The password (at least \
            \(AccountPolicy.minimumPasswordLength) characters) is the first line of standard input, never an \
            argument, so it stays out of the shell history and the process list.

            Examples:
              linli user add --db linli.sqlite --name zhang --role office \\
                --community C001 <<< 'a-long-secret'
              linli user add --db linli.sqlite --name boss --role admin \\
                < <(echo 'another-secret')
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The login name (no spaces).", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("admin, office, enterprise or planner.", valueName: "role"))
    var role: ConsoleRole

    @Option(help: ArgumentHelp("The community of an office account.", valueName: "id"))
    var community: String?

    @Option(help: ArgumentHelp("The enterprise of an enterprise account.", valueName: "id"))
    var enterprise: String?

    func run() throws {
        let password = Self.readPassword(prompt: "password for \(name) (then Enter):")
        let account = try db.workspace.addAccount(
            NewAccount(name: name, role: role, communityID: community, enterpriseID: enterprise, password: password))
        let scope = account.communityID.map { " of community \($0)" } ?? account.enterpriseID.map { " of enterprise \($0)" } ?? ""
        Console.print(["created \(account.role.rawValue) account \(account.name)\(scope)"])
    }

    /// The first line of standard input; on a terminal, asked for with a prompt and not echoed.
    static func readPassword(prompt: String) -> String {
        guard isatty(STDIN_FILENO) != 0 else { return firstLine() }
        Console.error([prompt])
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            Console.error([""])
        }
        return firstLine()
    }

    /// The first line of standard input, read byte by byte and kept to `limit` bytes: one byte over the longest
    /// password (``AccountPolicy/maximumPasswordBytes``), so a longer one is still refused as too long. `readLine`
    /// kept the whole line, and `< /dev/zero` (a line with no end) ran the process out of memory.
    static func firstLine(limit: Int = AccountPolicy.maximumPasswordBytes + 1) -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < limit, read(STDIN_FILENO, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
