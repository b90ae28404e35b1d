import Foundation
import LinliKit
import LinliStore
import Testing

@testable import LinliWeb

/// Starting the server: an address it cannot listen on is an error in words, and the address is announced only
/// once the server listens.
@Suite struct ServeTests {
    @Test func anAddressThatCannotBeListenedOnIsRefusedInWordsAndNeverAnnounced() async throws {
        let workspace = Workspace(database: try AppDatabase.inMemory())
        let console = try WebConsole(workspace: workspace, configuration: ConsoleConfiguration(host: "256.1.1.1", port: 8080))
        let announced = ListeningFlag()
        let error = await #expect(throws: ConsoleServeError.self) { try await console.serve { announced.set() } }
        guard case let .cannotListen(address, reason) = error else { return }
        #expect(address == "256.1.1.1:8080" && !reason.isEmpty)
        #expect(!announced.value)
    }
}
