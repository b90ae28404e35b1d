import LinliModel

/// Merges what was read into a dataset: upsert by key, never delete; a shift pattern mentioned in
/// the file is replaced as a whole. Existing rows keep their place, new rows follow in file order.
enum DatasetMerger {
    /// `base` with `rows` merged in, and the change counts of every file read.
    /// - Complexity: O(n) expected in the number of rows.
    static func merge(_ rows: IncomingRows, into base: Dataset) -> (dataset: Dataset, changes: [DatasetFile: ChangeCount]) {
        var d = base
        var changes: [DatasetFile: ChangeCount] = [:]
        if let r = rows.communities { changes[.communities] = upsert(&d.communities, r, key: \.id) }
        if let r = rows.servicePoints { changes[.servicePoints] = upsert(&d.servicePoints, r, key: \.id) }
        if let r = rows.enterprises { changes[.enterprises] = upsert(&d.enterprises, r, key: \.id) }
        if let r = rows.menu { changes[.menu] = upsert(&d.menu, r, key: MenuKey.init) }
        if let r = rows.workers { changes[.workers] = upsert(&d.workers, r, key: \.id) }
        if let r = rows.shiftDays { changes[.shiftPatterns] = replacePatterns(&d.shiftDays, r.map(\.value)) }
        if let r = rows.households { changes[.households] = upsert(&d.households, r, key: \.id) }
        if let r = rows.demands { changes[.demands] = upsert(&d.demands, r, key: \.id) }
        if let r = rows.serviceRecords { changes[.serviceRecords] = upsert(&d.serviceRecords, r, key: \.visit) }
        if let r = rows.absences { changes[.absences] = upsert(&d.absences, r, key: \.key) }
        return (d, changes)
    }

    /// Replaces rows with the same key in place and appends the others.
    static func upsert<T: Equatable, K: Hashable>(_ existing: inout [T], _ incoming: [Lined<T>], key: (T) -> K) -> ChangeCount {
        var position: [K: Int] = Dictionary(minimumCapacity: existing.count + incoming.count)
        for (i, row) in existing.enumerated() { position[key(row)] = i }
        var count = ChangeCount()
        for row in incoming.map(\.value) {
            let k = key(row)
            if let i = position[k] {
                if existing[i] == row {
                    count.unchanged += 1
                } else {
                    existing[i] = row
                    count.changed += 1
                }
            } else {
                position[k] = existing.count
                existing.append(row)
                count.added += 1
            }
        }
        return count
    }

    /// Replaces all rows of each pattern in `incoming`, counting patterns. A pattern whose rows are the
    /// same set as before is left exactly as it was; a changed one takes the place of its first old row.
    static func replacePatterns(_ existing: inout [ShiftDay], _ incoming: [ShiftDay]) -> ChangeCount {
        let new = Dictionary(grouping: incoming, by: \.patternID)
        let old = Dictionary(grouping: existing, by: \.patternID)
        var count = ChangeCount()
        var replaced: Set<String> = []
        for id in orderedPatternIDs(incoming) {
            guard let before = old[id] else {
                count.added += 1
                continue
            }
            if sortedRows(before) == sortedRows(new[id]!) {
                count.unchanged += 1
            } else {
                count.changed += 1
                replaced.insert(id)
            }
        }
        var out: [ShiftDay] = []
        var emitted: Set<String> = []
        for row in existing {
            guard replaced.contains(row.patternID) else {
                out.append(row)
                continue
            }
            if emitted.insert(row.patternID).inserted { out += new[row.patternID]! }
        }
        out += incoming.filter { old[$0.patternID] == nil }
        existing = out
        return count
    }

    private static func orderedPatternIDs(_ rows: [ShiftDay]) -> [String] {
        var seen: Set<String> = []
        return rows.map(\.patternID).filter { seen.insert($0).inserted }
    }

    private static func sortedRows(_ rows: [ShiftDay]) -> [ShiftDay] {
        rows.sorted { ($0.cycleWeek, $0.weekday) < ($1.cycleWeek, $1.weekday) }
    }
}
