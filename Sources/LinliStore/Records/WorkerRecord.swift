import GRDB
import LinliModel

/// A row of `workers`; skills live in ``WorkerSkillRecord``.
struct WorkerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "workers"

    var id: String
    var enterpriseID: String
    var employment: String
    var name: String
    var homeLat: Double
    var homeLon: Double
    var pointID: String
    var certificateUntil: String?
    var healthCheckedOn: String
    var healthScope: String
    var trainedOn: String
    var credit: String
    var rating: Double?
    var shiftPatternID: String
    var rotationOffset: Int
    var maxWeekMinutes: Int

    enum CodingKeys: String, CodingKey {
        case id, enterpriseID = "enterprise_id", employment, name, homeLat = "home_lat", homeLon = "home_lon"
        case pointID = "point_id", certificateUntil = "certificate_until", healthCheckedOn = "health_checked_on"
        case healthScope = "health_scope", trainedOn = "trained_on", credit, rating, shiftPatternID = "shift_pattern"
        case rotationOffset = "rotation_offset", maxWeekMinutes = "max_week_minutes"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let pointID = Column(CodingKeys.pointID)
        static let enterpriseID = Column(CodingKeys.enterpriseID)
    }
}

extension WorkerRecord {
    init(_ w: Worker) {
        self.init(
            id: w.id, enterpriseID: w.enterpriseID, employment: w.employment.rawValue, name: w.name,
            homeLat: w.home.lat, homeLon: w.home.lon, pointID: w.pointID,
            certificateUntil: w.certificateUntil?.description, healthCheckedOn: w.healthCheckedOn.description,
            healthScope: w.healthScope.rawValue, trainedOn: w.trainedOn.description, credit: w.credit.rawValue,
            rating: w.rating, shiftPatternID: w.shiftPatternID, rotationOffset: w.rotationOffset,
            maxWeekMinutes: w.maxWeekMinutes)
    }

    func model(skills: [Skill]) throws -> Worker {
        let table = Self.databaseTableName
        return Worker(
            id: id, enterpriseID: enterpriseID, employment: try StoredValue.code(employment, table, "employment"),
            name: name, home: try StoredValue.place(lat: homeLat, lon: homeLon, table), pointID: pointID, skills: skills,
            certificateUntil: try StoredValue.optionalDay(certificateUntil, table, "certificate_until"),
            healthCheckedOn: try StoredValue.day(healthCheckedOn, table, "health_checked_on"),
            healthScope: try StoredValue.code(healthScope, table, "health_scope"),
            trainedOn: try StoredValue.day(trainedOn, table, "trained_on"),
            credit: try StoredValue.code(credit, table, "credit"), rating: rating, shiftPatternID: shiftPatternID,
            rotationOffset: try StoredValue.number(rotationOffset, in: Limits.rotationOffset, table, "rotation_offset"),
            maxWeekMinutes: try StoredValue.number(maxWeekMinutes, in: Limits.weekMinutes, table, "max_week_minutes"))
    }
}
