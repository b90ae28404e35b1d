import LinliModel

extension DatasetWriter {
    /// The fields of every row of `file`, in the order of `file.columns`, as the dataset files hold them.
    public static func rows(of file: DatasetFile, in d: Dataset) -> [[String]] {
        typealias V = ValueText
        switch file {
        case .communities:
            return d.communities.map {
                [$0.id, $0.name, V.decimal($0.location.lat), V.decimal($0.location.lon), String($0.households), $0.street ?? ""]
            }
        case .servicePoints:
            return d.servicePoints.map {
                [$0.id, $0.name, $0.communityID, V.decimal($0.location.lat), V.decimal($0.location.lon),
                 V.decimal($0.radiusMeters), V.list($0.enterpriseIDs)]
            }
        case .enterprises:
            return d.enterprises.map { [$0.id, $0.name, $0.model.rawValue, $0.credit.rawValue, V.optionalDecimal($0.rating)] }
        case .menu:
            return d.menu.map {
                [$0.enterpriseID, $0.itemCode, $0.name, $0.category.rawValue, $0.mode.rawValue, $0.unit.rawValue,
                 $0.price.description, String($0.minMinutes), String($0.skillLevel), V.optional($0.effectiveFrom)]
            }
        case .workers:
            return d.workers.map {
                [$0.id, $0.enterpriseID, $0.employment.rawValue, $0.name, V.decimal($0.home.lat), V.decimal($0.home.lon),
                 $0.pointID, V.skills($0.skills), V.optional($0.certificateUntil), $0.healthCheckedOn.description,
                 $0.healthScope.rawValue, $0.trainedOn.description, $0.credit.rawValue, V.optionalDecimal($0.rating),
                 $0.shiftPatternID, String($0.rotationOffset), String($0.maxWeekMinutes)]
            }
        case .shiftPatterns:
            return d.shiftDays.map {
                [$0.patternID, String($0.cycleWeek), String($0.weekday), $0.start.description, $0.end.description]
            }
        case .households:
            return d.households.map {
                [$0.id, $0.communityID, V.decimal($0.location.lat), V.decimal($0.location.lon), $0.priorityGroup.rawValue,
                 $0.address ?? ""]
            }
        case .demands:
            return d.demands.map {
                [$0.id, $0.householdID, $0.category.rawValue, $0.mode.rawValue, String($0.minutes), $0.recurrence.rawValue,
                 V.list($0.weekdays), V.optional($0.date), $0.windowStart.description, $0.windowEnd.description,
                 V.optional($0.maxPrice), $0.preferredWorkerID ?? "", V.optional($0.activeFrom), V.optional($0.activeUntil)]
            }
        case .serviceRecords:
            return d.serviceRecords.map {
                [$0.demandID, $0.date.description, $0.workerID, $0.status.rawValue, V.optional($0.started),
                 V.optional($0.ended), V.optional($0.price), $0.stars.map(String.init) ?? "", $0.complaint?.rawValue ?? "",
                 $0.note ?? ""]
            }
        case .absences:
            return d.absences.map { [$0.workerID, $0.from.description, $0.until.description, $0.reason.rawValue] }
        }
    }
}
