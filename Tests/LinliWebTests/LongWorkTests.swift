import Dispatch
import Hummingbird
import HummingbirdTesting
import LinliKit
import LinliStore
import Testing

@testable import LinliWeb

/// Work that holds a processor for long stays off the request threads and cannot pile up, and a connection that
/// stops sending is closed (Docs/Console.md, "Long work stays off the request threads").
@Suite struct LongWorkTests {
    /// A lane full of work answers the next request busy at once; the work in it still finishes.
    @Test func aFullLaneAnswersBusyAtOnceAndFinishesWhatItHolds() async throws {
        let lane = WorkLane(label: "test", capacity: 2)
        let gate = DispatchSemaphore(value: 0)
        async let first = lane.run { gate.wait(); return 1 }
        async let second = lane.run { 2 }
        while lane.load < 2 { await Task.yield() }
        await #expect(throws: ConsoleHTTPError.self) { try await lane.run { 3 } }
        #expect(lane.load == 2)
        gate.signal()
        #expect(try await first + second == 3)
        #expect(lane.load == 0)
        #expect(try await lane.run { 4 } == 4)
    }

    /// One client address holds at most its share of the lane: its next request is busy at once while another
    /// client's still gets in; once its work is done it gets in again.
    @Test func oneClientHoldsAtMostItsShareOfTheLane() async throws {
        let lane = WorkLane(label: "test", capacity: 4, perClient: 2)
        let gate = DispatchSemaphore(value: 0)
        async let first = lane.run(client: "10.0.0.1") { gate.wait(); return 1 }
        async let second = lane.run(client: "10.0.0.1") { 2 }
        while lane.load < 2 { await Task.yield() }
        await #expect(throws: ConsoleHTTPError.self) { try await lane.run(client: "10.0.0.1") { 3 } }
        async let other = lane.run(client: "10.0.0.2") { 5 }
        while lane.load < 3 { await Task.yield() }
        gate.signal()
        #expect(try await first + second + other == 8)
        #expect(try await lane.run(client: "10.0.0.1") { 4 } == 4)
    }

    /// A client that sends half a request and then nothing is cut off by the server: without the idle timeout the
    /// connection stays open and the socket's own 10 s read timeout ends the exchange instead.
    @Test func aConnectionThatStopsMidRequestIsClosed() async throws {
        let console = try WebConsole(
            workspace: Workspace(database: try AppDatabase.inMemory()), configuration: ConsoleConfiguration(port: 0, idleTimeout: 0.5))
        try await withTaskExecutorPreference(DedicatedExecutor.shared) {
            try await console.application().test(.live) { client in
                let port = try #require(client.port)
                let (text, closed) = try await RawConnection.exchange(port: port, "GET /login HTTP/1.1\r\nHost: x\r\n", seconds: 10)
                #expect(closed, "the server kept a silent half request open")
                #expect(text.isEmpty)
            }
        }
    }
}
