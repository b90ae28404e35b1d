import LinliModel

extension ServiceHistory {
    /// The CSV columns of `linli history --csv`.
    public static let csvHeader = [
        "date", "demand_id", "household_id", "planned_worker_id", "planned_start", "planned_end", "item_code",
        "planned_price", "status", "worker_id", "started", "ended", "price", "stars", "complaint", "note",
        "worker_rating",
    ]

    /// Columns written as numbers in CSV.
    public static let numericColumns: Set<String> = ["planned_price", "price", "stars", "worker_rating"]

    /// One row per entry, in ``csvHeader`` order; empty cells for what was not planned or not recorded.
    public var csvRows: [[String]] {
        entries.map { e in
            let p = e.planned, r = e.record
            return [
                e.visit.date.description, e.visit.demandID, e.householdID, p?.workerID ?? "",
                p?.start.description ?? "", p?.end.description ?? "", p?.itemCode ?? "", p?.price.description ?? "",
                r?.status.rawValue ?? "", r?.workerID ?? "", r?.started?.description ?? "", r?.ended?.description ?? "",
                r?.price?.description ?? "", r?.stars.map(String.init) ?? "", r?.complaint?.rawValue ?? "", r?.note ?? "",
                e.workerRating.map { Format.fixed($0.value) } ?? "",
            ]
        }
    }

    /// The history as a text page: a heading with the ratings, then a table, newest first.
    public var lines: [String] {
        var out: [String] = []
        switch subject {
        case let .household(id): out.append("household \(id): \(entries.count) visits")
        case let .worker(id): out.append("worker \(id): \(entries.count) visits")
        }
        if let w = workerRating { out.append("  rating \(Self.text(w))") }
        if let id = enterpriseID, let e = enterpriseRating { out.append("  enterprise \(id) rating \(Self.text(e))") }
        guard !entries.isEmpty else { return out + ["  no planned or recorded visits"] }
        let header = ["date", "demand", "planned", "item", "price", "status", "worker", "times", "charged", "stars", "complaint", "note"]
        let rows = entries.map { e -> [String] in
            let p = e.planned, r = e.record
            return [
                e.visit.date.description, e.visit.demandID,
                p.map { "\($0.workerID) \($0.start)-\($0.end)" } ?? "-", p?.itemCode ?? "-", p?.price.description ?? "-",
                r?.status.rawValue ?? "not recorded", r?.workerID ?? "-",
                r?.started.map { s in "\(s)-\(r?.ended?.description ?? "")" } ?? "-", r?.price?.description ?? "-",
                r?.stars.map { String(repeating: "★", count: $0) } ?? "-", r?.complaint?.rawValue ?? "-", r?.note ?? "",
            ]
        }
        return out + Format.table([header] + rows)
    }

    static func text(_ s: Ratings.Score) -> String {
        "\(Format.fixed(s.value)) from \(s.evaluations) evaluation\(s.evaluations == 1 ? "" : "s")"
    }
}
