import LinliModel
import LinliSynth

/// Shared constants and generated districts for tests.
public enum Fixtures {
    /// The default week of the generator and the CLI examples: 2026-W48 (Mon 2026-11-23 … Sun 2026-11-29).
    public static let week = ISOWeek(year: 2026, week: 48)!

    /// Monday of `week`.
    public static var monday: Day { week.monday }

    /// The date of ISO `weekday` (1 = Monday … 7 = Sunday) in `week`.
    public static func day(_ weekday: Int) -> Day { monday.adding(days: weekday - 1) }

    /// A time written `HH:MM`; traps on a malformed literal.
    public static func time(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }

    /// The synthetic district `linli generate --tier tier --seed seed` makes.
    public static func generated(_ tier: Tier, seed: UInt64) -> Dataset {
        var rng = SeededGenerator(seed: seed)
        return DistrictGenerator(options: .init(tier: tier, history: false)).generate(using: &rng)
    }

    /// The place `east`/`north` metres from the Hangzhou centre where builders and the generator put districts.
    public static func place(east: Double = 0, north: Double = 0) -> GeoPoint {
        LocalGrid.hangzhou.point(east: east, north: north)
    }
}
