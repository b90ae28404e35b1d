import LinliEngine
import LinliModel
import Testing

/// One change to the valid fixture, and the one hard rule it should break (nil: it stays valid).
struct Mutation: Sendable, CustomTestStringConvertible {
    let name: String
    let breaks: HardRule?
    let apply: @Sendable (inout CheckFixture) -> Void

    init(_ name: String, breaks: HardRule?, _ apply: @escaping @Sendable (inout CheckFixture) -> Void) {
        self.name = name
        self.breaks = breaks
        self.apply = apply
    }

    var testDescription: String { name }

    /// The fixture with this change applied.
    var fixture: CheckFixture {
        var f = CheckFixture()
        apply(&f)
        return f
    }
}
