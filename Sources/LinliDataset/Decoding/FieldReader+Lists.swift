import LinliModel

extension FieldReader {
    /// The `;`-separated items of a column, each parsed by `parse`; `[]` when empty, nil when an item is
    /// bad (each bad item reported) or repeats (when `unique`).
    mutating func list<T: Hashable>(_ column: String, _ expected: String, unique: Bool = true, _ parse: (String) -> T?) -> [T]? {
        let s = raw(column)
        guard !s.isEmpty else { return [] }
        var out: [T] = []
        var seen: Set<T> = []
        var ok = true
        for part in s.split(separator: ";", omittingEmptySubsequences: false) {
            let item = String(part)
            guard let v = parse(item) else {
                let found = item.isEmpty ? "an empty item" : ValueParser.quoted(item)
                fail(column, "expected a list of \(expected) joined by \";\", found \(found) in \(ValueParser.quoted(s))")
                ok = false
                continue
            }
            if unique, !seen.insert(v).inserted {
                fail(column, "\(ValueParser.quoted(item)) appears twice in \(ValueParser.quoted(s))")
                ok = false
            }
            out.append(v)
        }
        return ok ? out : nil
    }

    /// ISO weekdays 1-7, none repeated.
    mutating func weekdays(_ column: String) -> [Int]? {
        list(column, "weekdays 1-7 (1 = Monday)") { ValueParser.int($0).flatMap { (1...7).contains($0) ? $0 : nil } }
    }

    /// Ids that must each name a row of `target`, none repeated.
    mutating func references(_ column: String, to target: DatasetFile) -> [String]? {
        guard let ids = list(column, "ids", ValueParser.id) else { return nil }
        for id in ids { check(id, column: column, in: target) }
        return ids
    }

    /// Skills `category:level`, level 1-5, one per category.
    mutating func skills(_ column: String) -> [Skill]? {
        let expected = "category:level skills such as cleaning:3 (level \(Limits.text(Limits.skillLevel)), category one of \(ValueParser.choices(Category.self)))"
        guard let skills = list(column, expected, FieldReader.skill) else { return nil }
        var seen: Set<Category> = []
        for s in skills where !seen.insert(s.category).inserted {
            fail(column, "category \(s.category.rawValue) is listed twice in \(ValueParser.quoted(raw(column)))")
            return nil
        }
        return skills
    }

    static func skill(_ text: String) -> Skill? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let category = Category(rawValue: String(parts[0])),
              let level = ValueParser.int(String(parts[1])), Limits.skillLevel.contains(level)
        else { return nil }
        return Skill(category: category, level: level)
    }
}
