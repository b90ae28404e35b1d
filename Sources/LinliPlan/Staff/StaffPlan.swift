import LinliModel

/// The staffing of `coverage simulate` (staff.csv): workers moved to a point, and new hires.
///
/// Columns `point_id` and either `worker_id` (a move) or `enterprise_id`, `skills` and `count` (hires);
/// a file may hold both kinds, a row being a move when its `worker_id` is filled in.
public struct StaffPlan: Hashable, Sendable {
    public struct Move: Hashable, Sendable {
        public var workerID: String
        public var pointID: String
        public var line: Int
    }

    public struct Hire: Hashable, Sendable {
        public var enterpriseID: String
        public var pointID: String
        public var skills: [Skill]
        public var count: Int
        public var line: Int
    }

    public var moves: [Move] = []
    public var hires: [Hire] = []
    /// The file name diagnostics name.
    public var file = "staff.csv"

    public init(moves: [Move] = [], hires: [Hire] = [], file: String = "staff.csv") {
        self.moves = moves
        self.hires = hires
        self.file = file
    }

    /// Parses the text of a staff.csv; every problem is reported as `file:line: column: message`.
    public init(text: String, file: String) throws(DiagnosticsError) {
        self.file = file
        let csv = try CSVRows(text: text, file: file)
        var problems: [Diagnostic] = []
        guard csv.header.contains("point_id"), csv.header.contains("worker_id") || csv.header.contains("enterprise_id") else {
            throw DiagnosticsError([.error(file: file, line: 1, "needs the column point_id and either worker_id, or enterprise_id, skills and count")])
        }
        for row in csv.rows {
            let point = row["point_id"]
            if point.isEmpty { problems.append(.error(file: file, line: row.line, column: "point_id", "missing")) }
            if !row["worker_id"].isEmpty {
                moves.append(Move(workerID: row["worker_id"], pointID: point, line: row.line))
                continue
            }
            if row["enterprise_id"].isEmpty {
                problems.append(.error(file: file, line: row.line, column: "enterprise_id", "give worker_id (a move) or enterprise_id, skills and count (hires)"))
                continue
            }
            guard let count = Int(row["count"]), count >= 1, count <= 1_000 else {
                problems.append(.error(file: file, line: row.line, column: "count", "expected a whole number 1-1000, got \"\(row["count"])\""))
                continue
            }
            guard let skills = Self.skills(row["skills"]) else {
                problems.append(.error(file: file, line: row.line, column: "skills", "expected category:level;… with levels 1-5, got \"\(row["skills"])\""))
                continue
            }
            hires.append(Hire(enterpriseID: row["enterprise_id"], pointID: point, skills: skills, count: count, line: row.line))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
    }

    /// `cleaning:3;elder_care:2` → skills; nil when malformed, empty or a category repeats.
    static func skills(_ text: String) -> [Skill]? {
        var skills: [Skill] = []
        for part in text.split(separator: ";") {
            let pair = part.split(separator: ":")
            guard pair.count == 2, let category = Category(rawValue: pair[0].trimmingSpaces), let level = Int(pair[1].trimmingSpaces),
                  (1...5).contains(level), !skills.contains(where: { $0.category == category })
            else { return nil }
            skills.append(Skill(category: category, level: level))
        }
        return skills.isEmpty ? nil : skills
    }
}
