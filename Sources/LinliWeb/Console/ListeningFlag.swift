import Synchronization

/// Whether the server has started listening: an error after that is not a failure to listen.
final class ListeningFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    func set() { flag.store(true, ordering: .releasing) }
    var value: Bool { flag.load(ordering: .acquiring) }
}
