/// A value and the line of the record it came from.
struct Lined<T: Sendable>: Sendable {
    var line: Int
    var value: T
}
