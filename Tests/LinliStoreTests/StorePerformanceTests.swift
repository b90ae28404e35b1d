import Foundation
import GRDB
import LinliModel
import LinliStore
import Testing

/// Timings of a large district; opt-in (`LINLI_STORE_BENCH=1`), meant for release builds:
/// `LINLI_STORE_BENCH=1 swift test -c release --filter StorePerformanceTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LINLI_STORE_BENCH"] != nil))
struct StorePerformanceTests {
    private func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try body() }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("LinliStore bench: \(label): \(String(format: "%.3f", seconds)) s")
        return (result!, seconds)
    }

    @Test func largeDistrictSavesLoadsAndPublishesQuickly() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        let district = LargeDistrict.dataset()
        let store = try AppDatabase.open(path: file.path)

        let (changed, saveSeconds) = try timed("save 3,000 workers, 20,000 households, 30,000 demands") { try store.saveDataset(district) }
        #expect(changed)
        #expect(saveSeconds < 5)
        let (loaded, loadSeconds) = try timed("load") { try store.loadDataset() }
        let loadedEqual = loaded == district  // not inside #expect: a failure would print 30 MB
        #expect(loadedEqual)
        #expect(loadSeconds < 2)
        let walSize = { try FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int }
        let walBefore = try walSize()
        let (resaved, resaveSeconds) = try timed("save again, unchanged") { try store.saveDataset(district) }
        #expect(!resaved)
        #expect(try walSize() == walBefore)
        #expect(resaveSeconds < 3)

        let week = ISOWeek(year: 2026, week: 48)!
        let roster = LargeDistrict.roster(district, week: week, rows: 60_000)
        let (_, publishSeconds) = try timed("publish 60,000 rows") { try store.publish(roster) }
        #expect(publishSeconds < 2)
        let (read, readSeconds) = try timed("read the published roster") { try store.publishedRoster(week: week) }
        let readEqual = read == roster
        #expect(readEqual)
        #expect(readSeconds < 2)
        _ = try timed("last week's workers") { try store.lastWeek(week) }
    }
}
