import ArgumentParser
import LinliKit

extension WeekSpan: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }

    /// The option transform that says why a span is invalid.
    static func argument(_ text: String) throws -> WeekSpan { try WeekSpan(parsing: text) }
}

extension BatchShard: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension BatchPlan.ShardUnit: ExpressibleByArgument {}
