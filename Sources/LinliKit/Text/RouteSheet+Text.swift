import LinliModel

extension RouteSheet {
    /// The sheet as a printable page: the header (whose sheet, employer and base point, or address and
    /// community; the week or day), then per day its visits in order — time, household address and
    /// community, item, minutes, price — with the travel between them and the day's totals.
    public var lines: [String] {
        var out = header + [""]
        if days.isEmpty {
            out.append(day.map { "no visits on \(Self.dayTitle($0))" } ?? "no visits in \(week)")
            return out
        }
        for d in days {
            out.append(Self.dayTitle(d.date))
            out += body(of: d).map { "  " + $0 }
            out.append("  " + dayTotal(d))
            out.append("")
        }
        if day == nil {
            out.append("week total: " + total(visits: visitCount, minutes: serviceMinutes, amount: amount, travel: isWorker))
        }
        return out
    }

    private var isWorker: Bool {
        if case .worker = heading { return true }
        return false
    }

    private var header: [String] {
        let when = day.map { "\(week), \(Self.dayTitle($0))" } ?? "\(week), \(week.monday) to \(week.monday.adding(days: 6))"
        switch heading {
        case let .worker(id, name, enterprise, basePoint):
            return ["路线单 route sheet: \(name) (\(id))"] + Format.table([
                ["enterprise", Self.named(enterprise)], ["base point", Self.named(basePoint)], ["week", when],
            ])
        case let .household(id, address, community, group):
            return ["服务单 household visits: \(address ?? id) (\(id))"] + Format.table([
                ["community", Self.named(community)],
                ["priority group", group == .none ? "none" : "\(group.chineseName) (\(group.rawValue))"], ["week", when],
            ])
        }
    }

    private func body(of d: SheetDay) -> [String] {
        switch heading {
        case .worker:
            var rows = [["time", "address", "community", "item", "minutes", "price"]]
            if let first = d.visits.first, let leg = first.legBefore {
                rows.append([TimeOfDay(minutes: max(0, first.start.minutes - leg.minutes)).description, "leave home: \(Self.leg(leg))"])
            }
            for (i, v) in d.visits.enumerated() {
                if i > 0, let leg = v.legBefore { rows.append(["", "travel: \(Self.leg(leg))"]) }
                rows.append([Self.span(v), v.address ?? v.householdID, v.community, v.itemName, "\(v.minutes)", v.price.description])
            }
            if let last = d.visits.last, let leg = d.legHome {
                rows.append([TimeOfDay(minutes: min(1440, last.end.minutes + leg.minutes)).description, "home: \(Self.leg(leg))"])
            }
            return Format.table(rows)
        case .household:
            var rows = [["time", "worker", "enterprise", "item", "minutes", "price"]]
            for v in d.visits {
                rows.append([Self.span(v), "\(v.workerName) (\(v.workerID))", v.enterpriseName, v.itemName, "\(v.minutes)", v.price.description])
            }
            var lines = d.visits.isEmpty ? [] : Format.table(rows)
            for u in d.unmet {
                let window = u.windowStart.flatMap { s in u.windowEnd.map { "\(s)–\($0)" } } ?? ""
                let what = u.category.map { "\($0.chineseName) (\($0.rawValue))" } ?? u.demandID
                lines.append("not served: \(what), \(u.minutes) min, window \(window), demand \(u.demandID): \(u.reason.rawValue)")
            }
            return lines
        }
    }

    private func dayTotal(_ d: SheetDay) -> String {
        "day total: " + total(visits: d.visits.count, minutes: d.serviceMinutes, amount: d.amount, travel: isWorker, of: d)
    }

    /// Totals of one day (`of`), or of the whole sheet.
    private func total(visits: Int, minutes: Int, amount: Fen, travel: Bool, of d: SheetDay? = nil) -> String {
        var text = "\(visits) visit\(visits == 1 ? "" : "s"), \(minutes) min of service, \(amount) yuan"
        if travel {
            let (meters, travelMinutes) = d.map { ($0.travelMeters, $0.travelMinutes) } ?? (travelMeters, self.travelMinutes)
            text += "; travel \(Format.fixed(meters / 1000, 1)) km, \(travelMinutes) min"
        }
        return text
    }

    private static func span(_ v: SheetVisit) -> String { "\(v.start)–\(v.end)" }

    private static func leg(_ leg: TravelLeg) -> String { "\(Format.fixed(leg.meters / 1000, 1)) km, \(leg.minutes) min" }

    private static func named(_ n: Named) -> String { n.name.isEmpty ? n.id : "\(n.name) (\(n.id))" }

    /// `Tuesday 2026-11-24 星期二`.
    static func dayTitle(_ day: Day) -> String {
        let i = max(0, min(6, day.weekday - 1))
        return "\(weekdays[i]) \(day) 星期\(chineseWeekdays[i])"
    }

    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let chineseWeekdays = ["一", "二", "三", "四", "五", "六", "日"]
}
