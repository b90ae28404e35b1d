import ArgumentParser
import LinliKit

extension WeekSpan: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension BatchShard: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension BatchPlan.ShardUnit: ExpressibleByArgument {}
