import LinliModel

/// The staffing of `coverage simulate` (staff.csv, read by LinliDataset): workers moved to a point,
/// and new hires, each with the line it was read from.
public struct StaffPlan: Hashable, Sendable {
    public struct Move: Hashable, Sendable {
        public var workerID: String
        public var pointID: String
        public var line: Int

        public init(workerID: String, pointID: String, line: Int) {
            self.workerID = workerID
            self.pointID = pointID
            self.line = line
        }
    }

    public struct Hire: Hashable, Sendable {
        public var enterpriseID: String
        public var pointID: String
        public var skills: [Skill]
        public var count: Int
        public var line: Int

        public init(enterpriseID: String, pointID: String, skills: [Skill], count: Int, line: Int) {
            self.enterpriseID = enterpriseID
            self.pointID = pointID
            self.skills = skills
            self.count = count
            self.line = line
        }
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
}
