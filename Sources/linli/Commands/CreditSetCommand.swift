import ArgumentParser
import Foundation
import LinliKit
import LinliModel

extension Credit: ExpressibleByArgument {}

struct CreditSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change the credit status of a worker or an enterprise, with a reason.",
        discussion: """
            The change and its audit row (who, when, before → after, why) are written in one transaction. \
            Runs made afterwards apply rule 2 with the new status: a dishonest worker or enterprise gets no visit.

            Example:
              linli credit set --db linli.sqlite --enterprise E001 --credit warned \\
                --reason "3 serious complaints" --by 李主任
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The worker_id.", valueName: "id"))
    var worker: String?

    @Option(help: ArgumentHelp("The enterprise_id.", valueName: "id"))
    var enterprise: String?

    @Option(help: "The new status: good, warned or dishonest.")
    var credit: Credit

    @Option(help: "Why; recorded in the audit trail.")
    var reason: String

    @Option(help: ArgumentHelp("Who decides; the user name of this session by default.", valueName: "name"))
    var by: String?

    func validate() throws {
        guard (worker == nil) != (enterprise == nil) else { throw ValidationError("give either --worker or --enterprise") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason must not be empty") }
    }

    func run() throws {
        let person = by ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let change = try db.workspace.setCredit(
            of: worker == nil ? .enterprise : .worker, id: worker ?? enterprise ?? "", to: credit, reason: reason, by: person)
        Console.print([
            "\(change.subject.rawValue) \(change.subjectID): credit \(change.before.rawValue) → \(change.after.rawValue) (by \(change.changedBy))",
        ])
    }
}
