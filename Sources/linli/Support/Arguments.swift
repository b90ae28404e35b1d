import ArgumentParser
import LinliModel
import LinliSynth

extension ISOWeek: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension TimeOfDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension Tier: ExpressibleByArgument {}
