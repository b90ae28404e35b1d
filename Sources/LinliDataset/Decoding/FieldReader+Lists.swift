import LinliModel

extension FieldReader {
    /// What a list does with an item that repeats.
    enum Repeats {
        /// An error (weekdays: the spec says they may not repeat).
        case refused
        /// Kept once, with a warning (the spec says nothing).
        case keptOnce
        /// Kept as they are, for the caller to merge (skills).
        case kept
    }

    /// The `;`-separated items of a column, each trimmed of spaces and parsed by `parse`; empty items (`1;3;`) are
    /// skipped. `[]` when empty, nil when an item is bad (each bad item reported) or repeats and `repeats` is
    /// ``Repeats/refused``.
    mutating func list<T: Hashable>(_ column: String, _ expected: String, repeats: Repeats = .refused, _ parse: (String) -> T?) -> [T]? {
        let s = value(column)
        guard !s.isEmpty else { return [] }
        var out: [T] = []
        var seen: Set<T> = []
        var ok = true
        for part in s.split(separator: ";") {
            let item = CSVTable.trimmed(String(part))
            if item.isEmpty { continue }
            guard let v = parse(item) else {
                fail(column, "expected a list of \(expected) joined by \";\", found \(ValueParser.quoted(item)) in \(ValueParser.quoted(s))")
                ok = false
                continue
            }
            if !seen.insert(v).inserted {
                switch repeats {
                case .refused:
                    fail(column, "\(ValueParser.quoted(item)) appears twice in \(ValueParser.quoted(s))")
                    ok = false
                case .keptOnce:
                    warn(column, "\(ValueParser.quoted(item)) appears twice in \(ValueParser.quoted(s)); kept once")
                    continue
                case .kept: break
                }
            }
            out.append(v)
        }
        return ok ? out : nil
    }

    /// ISO weekdays 1-7, none repeated.
    mutating func weekdays(_ column: String) -> [Int]? {
        list(column, "weekdays 1-7 (1 = Monday)") { ValueParser.int($0).flatMap { (1...7).contains($0) ? $0 : nil } }
    }

    /// Ids that must each name a row of `target`; a repeated one is kept once, with a warning.
    mutating func references(_ column: String, to target: DatasetFile) -> [String]? {
        guard let ids = list(column, "ids", repeats: .keptOnce, ValueParser.id) else { return nil }
        for id in ids { check(id, column: column, in: target) }
        return ids
    }

    /// Skills `category:level`, level 1-5, one per category. A category listed more than once is kept once, at
    /// its highest level and its first place, with a warning: the spec does not make it an error.
    mutating func skills(_ column: String) -> [Skill]? {
        let expected = "category:level skills such as cleaning:3 (level \(Limits.text(Limits.skillLevel)), category one of \(ValueParser.choices(Category.self)))"
        guard let skills = list(column, expected, repeats: .kept, FieldReader.skill) else { return nil }
        var kept: [Skill] = []
        var place: [Category: Int] = [:]
        var repeated: Set<Int> = []
        for s in skills {
            guard let i = place[s.category] else {
                place[s.category] = kept.count
                kept.append(s)
                continue
            }
            kept[i].level = max(kept[i].level, s.level)
            repeated.insert(i)
        }
        for k in repeated.sorted().map({ kept[$0] }) {
            warn(column, "category \(k.category.rawValue) is listed more than once in \(ValueParser.quoted(raw(column))); kept once at level \(k.level), the highest")
        }
        return kept
    }

    static func skill(_ text: String) -> Skill? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let category = Category(rawValue: String(parts[0])),
              let level = ValueParser.int(String(parts[1])), Limits.skillLevel.contains(level)
        else { return nil }
        return Skill(category: category, level: level)
    }
}
