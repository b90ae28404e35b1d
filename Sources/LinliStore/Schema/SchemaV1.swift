import GRDB

/// Migration "v1": the whole schema of the first release. Frozen — never edit it once shipped.
///
/// Conventions: dates are ISO `YYYY-MM-DD` text, weeks `YYYY-Www` text, times integer minutes
/// since midnight, money integer fen, coordinates REAL degrees. A menu item version with no
/// `effective_from` ("from the beginning") stores `''`, so the key can be the primary key.
/// Lists of a row (a point's enterprises, a worker's skills) are child rows with a `position`.
enum SchemaV1 {
    static func migrate(_ db: Database) throws {
        try createDistrict(db)
        try createPeople(db)
        try createRuns(db)
        try db.execute(sql: "PRAGMA user_version = 1")
    }

    private static func createDistrict(_ db: Database) throws {
        try db.create(table: "communities") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("lat", .double).notNull()
            t.column("lon", .double).notNull()
            t.column("households", .integer).notNull()
            t.column("street", .text)
        }
        try db.create(table: "enterprises") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("model", .text).notNull()
            t.column("credit", .text).notNull()
            t.column("rating", .double)
        }
        try db.create(table: "service_points") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("community_id", .text).notNull().indexed().references("communities")
            t.column("lat", .double).notNull()
            t.column("lon", .double).notNull()
            t.column("radius_m", .double).notNull()
        }
        try db.create(table: "service_point_enterprises") { t in
            t.column("point_id", .text).notNull().references("service_points", onDelete: .cascade)
            t.column("enterprise_id", .text).notNull().indexed().references("enterprises")
            t.column("position", .integer).notNull()
            t.primaryKey(["point_id", "enterprise_id"])
        }
        try db.create(table: "menu_items") { t in
            t.column("enterprise_id", .text).notNull().references("enterprises")
            t.column("item_code", .text).notNull()
            t.column("effective_from", .text).notNull()
            t.column("name", .text).notNull()
            t.column("category", .text).notNull()
            t.column("mode", .text).notNull()
            t.column("unit", .text).notNull()
            t.column("price_fen", .integer).notNull()
            t.column("min_minutes", .integer).notNull()
            t.column("skill_level", .integer).notNull()
            t.primaryKey(["enterprise_id", "item_code", "effective_from"])
        }
        try db.create(table: "shift_days") { t in
            t.column("pattern_id", .text).notNull()
            t.column("cycle_week", .integer).notNull()
            t.column("weekday", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.primaryKey(["pattern_id", "cycle_week", "weekday"])
        }
    }

    private static func createPeople(_ db: Database) throws {
        try db.create(table: "workers") { t in
            t.primaryKey("id", .text)
            t.column("enterprise_id", .text).notNull().indexed().references("enterprises")
            t.column("employment", .text).notNull()
            t.column("name", .text).notNull()
            t.column("home_lat", .double).notNull()
            t.column("home_lon", .double).notNull()
            t.column("point_id", .text).notNull().references("service_points")
            t.column("certificate_until", .text)
            t.column("health_checked_on", .text).notNull()
            t.column("health_scope", .text).notNull()
            t.column("trained_on", .text).notNull()
            t.column("credit", .text).notNull()
            t.column("rating", .double)
            // A pattern exists only as rows of shift_days, so this is no foreign key.
            t.column("shift_pattern", .text).notNull()
            t.column("rotation_offset", .integer).notNull()
            t.column("max_week_minutes", .integer).notNull()
        }
        try db.create(index: "workers_on_point_enterprise", on: "workers", columns: ["point_id", "enterprise_id"])
        try db.create(table: "worker_skills") { t in
            t.column("worker_id", .text).notNull().references("workers", onDelete: .cascade)
            t.column("category", .text).notNull()
            t.column("level", .integer).notNull()
            t.column("position", .integer).notNull()
            t.primaryKey(["worker_id", "category"])
        }
        try db.create(table: "households") { t in
            t.primaryKey("id", .text)
            t.column("community_id", .text).notNull().indexed().references("communities")
            t.column("lat", .double).notNull()
            t.column("lon", .double).notNull()
            t.column("priority_group", .text).notNull()
        }
        try db.create(table: "demands") { t in
            t.primaryKey("id", .text)
            t.column("household_id", .text).notNull().indexed().references("households")
            t.column("category", .text).notNull()
            t.column("mode", .text).notNull()
            t.column("minutes", .integer).notNull()
            t.column("recurrence", .text).notNull()
            // ISO weekdays joined by ';', '' for none.
            t.column("weekdays", .text).notNull()
            t.column("date", .text)
            t.column("window_start", .integer).notNull()
            t.column("window_end", .integer).notNull()
            t.column("max_price_fen", .integer)
            t.column("preferred_worker_id", .text).indexed().references("workers")
            t.column("active_from", .text)
            t.column("active_until", .text)
        }
        try db.create(table: "pins") { t in
            t.column("demand_id", .text).notNull().references("demands")
            t.column("date", .text).notNull().indexed()
            t.column("worker_id", .text).notNull().indexed().references("workers")
            t.column("start", .integer)
            t.primaryKey(["demand_id", "date"])
        }
    }

    private static func createRuns(_ db: Database) throws {
        try db.create(table: "runs") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("week", .text).notNull().indexed()
            // RunOptions.seed is a UInt64, stored as the Int64 of the same bits.
            t.column("seed", .integer).notNull()
            t.column("include_intermediary", .boolean).notNull()
            t.column("time_limit", .double).notNull()
            t.column("continuity", .boolean).notNull()
            t.column("score", .double).notNull()
            t.column("weighted_minutes", .integer).notNull()
            t.column("route_km", .double).notNull()
            t.column("continuity_demands", .integer).notNull()
            t.column("preferred_visits", .integer).notNull()
            t.column("demanded_weighted_minutes", .integer).notNull()
            t.column("assigned_visits", .integer).notNull()
            t.column("unmet_visits", .integer).notNull()
            for reason in ["no_menu", "over_budget", "no_qualified_worker", "no_time", "outcompeted"] {
                t.column("unmet_\(reason)", .integer).notNull()
            }
            t.column("upper_bound", .double)
            t.column("seconds", .double).notNull()
            t.column("created_at", .datetime).notNull()
        }
        try db.create(table: "assignments") { t in
            // The id keeps the order rows were published in, to break ties on read.
            t.primaryKey("id", .integer)
            t.column("run_id", .integer).notNull().references("runs", onDelete: .cascade)
            t.column("demand_id", .text).notNull()
            t.column("date", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("worker_id", .text).notNull()
            t.column("enterprise_id", .text).notNull()
            t.column("item_code", .text).notNull()
            t.column("price_fen", .integer).notNull()
        }
        try db.create(index: "assignments_on_run_worker_date", on: "assignments",
                      columns: ["run_id", "worker_id", "date", "start"])
        try db.create(table: "unmet_visits") { t in
            t.primaryKey("id", .integer)
            t.column("run_id", .integer).notNull().references("runs", onDelete: .cascade)
            t.column("demand_id", .text).notNull()
            t.column("date", .text).notNull()
            t.column("reason", .text).notNull()
        }
        try db.create(index: "unmet_visits_on_run_demand_date", on: "unmet_visits",
                      columns: ["run_id", "demand_id", "date"])
        try db.create(table: "published_rosters") { t in
            t.primaryKey("week", .text)
            t.column("run_id", .integer).notNull().unique().references("runs", onDelete: .cascade)
        }
    }
}
