import ArgumentParser
import Foundation
import LinliKit

/// The one place that turns an error into an exit code (Docs/Commands.md): 0 for help and version, 2 for a usage
/// error, 1 for invalid input or anything else that stopped the command.
enum Termination {
    static func exit(with error: any Error) -> Never {
        if let kit = error as? KitError, kit.isUsage {
            Console.error(["linli: error: \(kit)", "See 'linli --help' for more information."])
            Foundation.exit(2)
        }
        switch Linli.exitCode(for: error) {
        case .success:
            Console.print([Linli.fullMessage(for: error)])
            flushOutput()
            Foundation.exit(0)
        case .validationFailure:
            let text = Linli.fullMessage(for: error)
            Console.error([text.hasPrefix("Error: ") ? "linli: error: " + text.dropFirst(7) : "linli: error: " + text])
            Foundation.exit(2)
        default:
            Console.error(FailureText.lines(for: error))
            Foundation.exit(1)
        }
    }

    /// Says so and exits 1 when some output could not be written to stdout (a full disk): a command whose
    /// output was lost has not done its work.
    static func flushOutput() {
        guard Console.outputLost else { return }
        Console.error(["linli: error: cannot write to standard output (is the disk full?)"])
        Foundation.exit(1)
    }
}
