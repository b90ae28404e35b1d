import LinliModel

/// A small hand-made district for tests: a valid, fully servable standard district to tweak.
///
/// `DistrictBuilder()` holds exactly:
/// - community `C1` and service point `P1` (radius 2,000 m) at `Fixtures.place()`, operated by `E1`;
/// - enterprise `E1` (employee system, good credit) with menu item `CLN`: cleaning, mode both,
///   50.00 yuan per hour, min 60 minutes, skill level 1;
/// - shift pattern `DAY`: Monday-Friday 08:00-17:00, one-week cycle;
/// - worker `W1` of `E1` at `P1`, employee, cleaning level 3, home 1,000 m west of `P1`, certificate,
///   health check (basic) and training all valid through `Fixtures.week`, good credit, on `DAY`;
/// - household `H1` of `C1`, 500 m east of `P1`, no priority group;
/// - demand `D1` of `H1`: cleaning, slot, weekly on Monday, 09:00-11:00, 120 minutes.
///
/// Each edit returns a new builder, so a test reads as the standard district plus one change:
///
///     let broken = DistrictBuilder().worker { $0.certificateUntil = Fixtures.day(1).adding(days: -1) }.build()
public struct DistrictBuilder: Sendable {
    /// The district so far; tests may also change it directly.
    public var dataset: Dataset

    public init() {
        dataset = Dataset(
            communities: [Self.community("C1")], servicePoints: [Self.point("P1")], enterprises: [Self.enterprise("E1")],
            menu: [Self.menuItem("CLN", enterprise: "E1")], workers: [Self.worker("W1")],
            shiftDays: Self.shiftRows("DAY", cycleWeek: 0, weekdays: 1...5, from: "08:00", to: "17:00"),
            households: [Self.household("H1", east: 500, north: 0)], demands: [Self.demand("D1", household: "H1")]
        )
    }

    public func build() -> Dataset { dataset }

    // MARK: Editing what is there

    public func community(_ id: String = "C1", _ edit: (inout Community) -> Void) -> Self { editing(\.communities, id, \.id, edit) }
    public func point(_ id: String = "P1", _ edit: (inout ServicePoint) -> Void) -> Self { editing(\.servicePoints, id, \.id, edit) }
    public func enterprise(_ id: String = "E1", _ edit: (inout Enterprise) -> Void) -> Self { editing(\.enterprises, id, \.id, edit) }
    public func worker(_ id: String = "W1", _ edit: (inout Worker) -> Void) -> Self { editing(\.workers, id, \.id, edit) }
    public func household(_ id: String = "H1", _ edit: (inout Household) -> Void) -> Self { editing(\.households, id, \.id, edit) }
    public func demand(_ id: String = "D1", _ edit: (inout Demand) -> Void) -> Self { editing(\.demands, id, \.id, edit) }

    /// Edits every version of menu item `code` of `enterprise`.
    public func menuItem(_ code: String = "CLN", enterprise: String = "E1", _ edit: (inout MenuItem) -> Void) -> Self {
        var copy = self
        for i in copy.dataset.menu.indices where copy.dataset.menu[i].itemCode == code && copy.dataset.menu[i].enterpriseID == enterprise {
            edit(&copy.dataset.menu[i])
        }
        return copy
    }

    /// Mutates the whole dataset, for changes no other method covers.
    public func with(_ edit: (inout Dataset) -> Void) -> Self {
        var copy = self
        edit(&copy.dataset)
        return copy
    }

    private func editing<T>(_ list: WritableKeyPath<Dataset, [T]>, _ id: String, _ key: KeyPath<T, String>, _ edit: (inout T) -> Void) -> Self {
        var copy = self
        guard let i = copy.dataset[keyPath: list].firstIndex(where: { $0[keyPath: key] == id }) else {
            preconditionFailure("DistrictBuilder: no \(T.self) \(id)")
        }
        edit(&copy.dataset[keyPath: list][i])
        return copy
    }
}
