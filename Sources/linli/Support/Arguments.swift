import ArgumentParser
import LinliModel
import LinliSynth

extension ISOWeek: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }

    /// The option transform that says why a week is invalid (e.g. "2025 has no W53").
    static func argument(_ text: String) throws -> ISOWeek { try ISOWeek(parsing: text) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension TimeOfDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension Tier: ExpressibleByArgument {}

extension AbsenceReason: ExpressibleByArgument {}
