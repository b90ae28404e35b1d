import LinliDataset
import LinliModel

extension RouteSheet {
    /// The columns of the sheet's CSV: a worker's visits with the travel before each, or a household's
    /// visits and unmet visits (`status` is `assigned` or the unmet reason).
    public var csvHeader: [String] {
        switch heading {
        case .worker:
            ["date", "start", "end", "address", "community", "item_name", "minutes", "price", "household_id", "demand_id",
             "travel_km", "travel_minutes"]
        case .household:
            ["date", "start", "end", "worker_name", "enterprise_name", "item_name", "minutes", "price", "worker_id",
             "demand_id", "status"]
        }
    }

    /// The rows under ``csvHeader``, day by day in the order of the text page.
    public var csvRows: [[String]] {
        days.flatMap { d -> [[String]] in
            switch heading {
            case .worker:
                return d.visits.map { v in
                    [d.date.description, v.start.description, v.end.description, v.address ?? "", v.community, v.itemName,
                     "\(v.minutes)", v.price.description, v.householdID, v.demandID,
                     v.legBefore.map { Format.fixed($0.meters / 1000, 2) } ?? "", v.legBefore.map { "\($0.minutes)" } ?? ""]
                }
            case .household:
                return d.visits.map { v in
                    [d.date.description, v.start.description, v.end.description, v.workerName, v.enterpriseName, v.itemName,
                     "\(v.minutes)", v.price.description, v.workerID, v.demandID, "assigned"]
                } + d.unmet.map { u in
                    [d.date.description, u.windowStart?.description ?? "", u.windowEnd?.description ?? "", "", "",
                     u.category?.chineseName ?? "", "\(u.minutes)", "", "", u.demandID, u.reason.rawValue]
                }
            }
        }
    }

    /// The CSV text, as `linli sheet --csv` prints it.
    public var csvText: String {
        PrintableCSV.text(header: csvHeader, rows: csvRows, numeric: Self.numericColumns)
    }

    /// The columns of the CSV that hold numbers.
    public static let numericColumns: Set<String> = ["minutes", "price", "travel_km", "travel_minutes"]
}
