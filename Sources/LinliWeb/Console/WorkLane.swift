import Dispatch
import Synchronization

/// A lane for request work that holds a processor for a long while (checking a password with bcrypt, a what-if
/// simulation): it runs on a serial dispatch queue of its own, so the threads that serve requests stay free for
/// everyone else, and at most ``capacity`` requests wait in it; past that a request is answered 503 at once
/// (``ConsoleHTTPError/busy``) instead of queueing without end. With a ``perClient`` share, one client address
/// holds at most that many of the places, so one flooding client cannot keep everyone else's sign-in out.
///
/// Without it, a few dozen sign-in attempts with made-up names (a quarter of a second of bcrypt each) held every
/// thread of the server's pool on a two-core machine, and a signed-in page waited 25 s.
final class WorkLane: Sendable {
    private let queue: DispatchQueue
    private let waiting = Atomic(0)
    private let perClientLoad = Mutex<[String: Int]>([:])
    /// The most requests in the lane at once, the running one included.
    let capacity: Int
    /// The most requests of one client in the lane at once, or nil for no share.
    let perClient: Int?

    init(label: String, capacity: Int, perClient: Int? = nil) {
        queue = DispatchQueue(label: "linli.console.\(label)", qos: .userInitiated)
        self.capacity = capacity
        self.perClient = perClient.map { max($0, 1) }
    }

    /// Requests in the lane now, the running one included.
    var load: Int { waiting.load(ordering: .relaxed) }

    /// Runs `work` for `client` (its address) in the lane and returns its result.
    /// - Throws: ``ConsoleHTTPError/busy`` when ``capacity`` requests, or ``perClient`` of `client`'s, are in the
    ///   lane already; whatever `work` throws.
    func run<T: Sendable>(client: String? = nil, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        if let perClient, let client {
            let admitted = perClientLoad.withLock { load in
                guard load[client, default: 0] < perClient else { return false }
                load[client, default: 0] += 1
                return true
            }
            guard admitted else { throw ConsoleHTTPError.busy }
        }
        defer {
            if perClient != nil, let client {
                perClientLoad.withLock { load in
                    load[client, default: 1] -= 1
                    if load[client] == 0 { load[client] = nil }
                }
            }
        }
        guard waiting.add(1, ordering: .relaxed).oldValue < capacity else {
            waiting.subtract(1, ordering: .relaxed)
            throw ConsoleHTTPError.busy
        }
        defer { waiting.subtract(1, ordering: .relaxed) }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
