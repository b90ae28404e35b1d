/// The CSV files of a district dataset (Docs/Dataset.md); the raw value is the file name.
public enum DatasetFile: String, CaseIterable, Hashable, Sendable {
    case communities = "communities.csv"
    case servicePoints = "service_points.csv"
    case enterprises = "enterprises.csv"
    case menu = "menu.csv"
    case workers = "workers.csv"
    case shiftPatterns = "shift_patterns.csv"
    case households = "households.csv"
    case demands = "demands.csv"
    /// Optional: what happened at visits, with evaluations.
    case serviceRecords = "service_records.csv"
    case absences = "absences.csv"

    /// The file's columns in the order the writer emits them.
    public var columns: [String] { schema.columns }

    /// The columns that hold numbers (the others are text, neutralised against formulas when written).
    public var numericColumns: Set<String> { schema.numeric }

    /// Columns that must be present in the header.
    public var requiredColumns: [String] { schema.required }

    /// Whether a dataset folder may lack this file: a folder without it leaves the stored rows as they are.
    public var isOptional: Bool { self == .absences || self == .serviceRecords }

    /// The files every whole dataset folder holds.
    public static var required: [DatasetFile] { allCases.filter { !$0.isOptional } }

    /// The dataset file with this name, if any.
    public init?(fileName: String) { self.init(rawValue: fileName) }

    var schema: TableSchema {
        switch self {
        case .communities:
            TableSchema(
                name: rawValue, required: ["community_id", "name", "lat", "lon", "households"], optional: ["street"],
                numeric: ["lat", "lon", "households"]
            )
        case .servicePoints:
            TableSchema(
                name: rawValue,
                required: ["point_id", "name", "community_id", "lat", "lon", "radius_m", "enterprise_ids"], optional: [],
                numeric: ["lat", "lon", "radius_m"]
            )
        case .enterprises:
            TableSchema(
                name: rawValue, required: ["enterprise_id", "name", "model", "credit"], optional: ["rating"], numeric: ["rating"]
            )
        case .menu:
            TableSchema(
                name: rawValue,
                required: ["enterprise_id", "item_code", "name", "category", "mode", "unit", "price", "min_minutes", "skill_level"],
                optional: ["effective_from"],
                numeric: ["price", "min_minutes", "skill_level"]
            )
        case .workers:
            TableSchema(
                name: rawValue,
                required: [
                    "worker_id", "enterprise_id", "employment", "name", "home_lat", "home_lon", "point_id", "skills",
                    "certificate_until", "health_checked_on", "health_scope", "trained_on", "credit", "shift_pattern",
                ],
                optional: ["rating", "rotation_offset", "max_week_minutes"],
                order: [
                    "worker_id", "enterprise_id", "employment", "name", "home_lat", "home_lon", "point_id", "skills",
                    "certificate_until", "health_checked_on", "health_scope", "trained_on", "credit", "rating",
                    "shift_pattern", "rotation_offset", "max_week_minutes",
                ],
                numeric: ["home_lat", "home_lon", "rating", "rotation_offset", "max_week_minutes"]
            )
        case .shiftPatterns:
            TableSchema(
                name: rawValue, required: ["pattern_id", "cycle_week", "weekday", "start", "end"], optional: [],
                numeric: ["cycle_week", "weekday"]
            )
        case .households:
            TableSchema(
                name: rawValue, required: ["household_id", "community_id", "lat", "lon", "priority_group"],
                optional: ["address"], numeric: ["lat", "lon"]
            )
        case .demands:
            TableSchema(
                name: rawValue,
                required: ["demand_id", "household_id", "category", "mode", "minutes", "recurrence", "window_start", "window_end"],
                optional: ["weekdays", "date", "max_price", "preferred_worker_id", "active_from", "active_until"],
                order: [
                    "demand_id", "household_id", "category", "mode", "minutes", "recurrence", "weekdays", "date",
                    "window_start", "window_end", "max_price", "preferred_worker_id", "active_from", "active_until",
                ],
                numeric: ["minutes", "weekdays", "max_price"]
            )
        case .serviceRecords:
            TableSchema(
                name: rawValue, required: ["demand_id", "date", "worker_id", "status"],
                optional: ["started", "ended", "price", "stars", "complaint", "note"],
                numeric: ["price", "stars"]
            )
        case .absences:
            TableSchema(name: rawValue, required: ["worker_id", "from", "until", "reason"], optional: [], numeric: [])
        }
    }
}
