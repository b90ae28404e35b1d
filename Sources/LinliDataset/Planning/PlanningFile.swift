/// The CSV files of coverage planning, read beside a stored dataset rather than merged into it.
enum PlanningFile {
    /// staff.csv of `coverage simulate`: moves (`worker_id,point_id`) and hires
    /// (`enterprise_id,point_id,skills,count`); a row is a move when its worker_id is filled in.
    static func staffSchema(name: String) -> TableSchema {
        TableSchema(name: name, required: ["point_id"], optional: ["worker_id", "enterprise_id", "skills", "count"])
    }

    /// targets.csv of `indicators`: `indicator,target` rows.
    static func targetsSchema(name: String) -> TableSchema {
        TableSchema(name: name, required: ["indicator", "target"], optional: [])
    }
}
