import LinliModel

extension DistrictBuilder {
    /// Adds a copy of the standard worker (as `W1` starts out) under a new id, then applies `edit`.
    public func addingWorker(_ id: String, _ edit: (inout Worker) -> Void = { _ in }) -> Self {
        adding(\.workers, Self.worker(id), edit)
    }

    /// Adds a household of `C1` at `east`/`north` metres from `P1`.
    public func addingHousehold(_ id: String, east: Double, north: Double = 0, _ edit: (inout Household) -> Void = { _ in }) -> Self {
        adding(\.households, Self.household(id, east: east, north: north), edit)
    }

    /// Adds a copy of the standard demand (cleaning, slot, Monday 09:00-11:00, 120 min) for `household`.
    public func addingDemand(_ id: String, household: String = "H1", _ edit: (inout Demand) -> Void = { _ in }) -> Self {
        adding(\.demands, Self.demand(id, household: household), edit)
    }

    /// Adds a copy of the standard menu item (cleaning, both, 50.00/hour, min 60, skill 1) to `enterprise`.
    public func addingMenuItem(_ code: String, enterprise: String = "E1", _ edit: (inout MenuItem) -> Void = { _ in }) -> Self {
        adding(\.menu, Self.menuItem(code, enterprise: enterprise), edit)
    }

    /// Adds an enterprise like `E1` and lists it at `point`.
    public func addingEnterprise(_ id: String, at point: String = "P1", _ edit: (inout Enterprise) -> Void = { _ in }) -> Self {
        adding(\.enterprises, Self.enterprise(id), edit).point(point) { $0.enterpriseIDs.append(id) }
    }

    /// Adds a service point of `C1` operated by `E1`, at `east`/`north` metres from `P1`.
    public func addingPoint(_ id: String, east: Double, north: Double = 0, _ edit: (inout ServicePoint) -> Void = { _ in }) -> Self {
        var p = Self.point(id)
        p.location = Fixtures.place(east: east, north: north)
        return adding(\.servicePoints, p, edit)
    }

    /// Adds working days to shift pattern `id` (new or existing) in `cycleWeek`.
    public func addingShift(_ id: String, cycleWeek: Int = 0, weekdays: some Sequence<Int>, from start: String, to end: String) -> Self {
        with { $0.shiftDays += Self.shiftRows(id, cycleWeek: cycleWeek, weekdays: weekdays, from: start, to: end) }
    }

    private func adding<T>(_ list: WritableKeyPath<Dataset, [T]>, _ item: T, _ edit: (inout T) -> Void) -> Self {
        var item = item
        edit(&item)
        return with { $0[keyPath: list].append(item) }
    }
}
