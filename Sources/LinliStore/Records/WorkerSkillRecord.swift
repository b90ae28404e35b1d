import GRDB
import LinliModel

/// A row of `worker_skills`: one skill of a worker, at its place in the worker's list.
struct WorkerSkillRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "worker_skills"

    var workerID: String
    var category: String
    var level: Int
    var position: Int

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id", category, level, position
    }

    enum Columns {
        static let workerID = Column(CodingKeys.workerID)
        static let position = Column(CodingKeys.position)
    }

    /// The rows of `worker`'s skill list.
    static func rows(of worker: Worker) -> [WorkerSkillRecord] {
        worker.skills.enumerated().map {
            WorkerSkillRecord(workerID: worker.id, category: $1.category.rawValue, level: $1.level, position: $0)
        }
    }

    func model() throws -> Skill {
        Skill(
            category: try StoredValue.code(category, Self.databaseTableName, "category"),
            level: try StoredValue.number(level, in: Limits.skillLevel, Self.databaseTableName, "level"))
    }
}
