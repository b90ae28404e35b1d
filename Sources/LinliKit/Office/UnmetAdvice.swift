import LinliModel

/// What would fix an unmet visit, in one line of Chinese for a community clerk, from its reason code
/// (Docs/Rules.md, "Unmet reasons") and the dataset.
///
/// For `no_menu` it names the category and looks for the nearest service point whose enterprise offers it
/// (category, mode and minimum minutes, as rule 6 reads a menu), whatever its radius: the distance tells
/// whether widening a point's reach or a new point would help.
/// - Complexity: O(points × their enterprises' items) for `no_menu`, O(1) otherwise.
public struct UnmetAdvice: Sendable {
    let lookup: DatasetLookup
    let points: [ServicePoint]
    let menu: [String: [MenuItem]]

    public init(_ dataset: Dataset) {
        lookup = DatasetLookup(dataset)
        points = dataset.servicePoints
        menu = Dictionary(grouping: dataset.menu, by: \.enterpriseID)
    }

    /// The hint for `visit`.
    public func hint(for visit: UnmetVisit) -> String {
        let demand = lookup.demands[visit.demandID]
        let category = demand.map { "「\($0.category.chineseName)」" } ?? "该服务"
        switch visit.reason {
        case .noMenu:
            guard let demand, let household = lookup.household(ofDemand: demand.id) else {
                return "服务点范围内没有企业提供\(category) — 可引入提供该服务的企业"
            }
            guard let nearest = nearestOffer(demand, from: household.location, on: visit.date) else {
                return "全区没有企业提供\(category)(\(demand.mode.rawValue)) — 需引入提供该服务的企业"
            }
            let km = (nearest.distance / 100).rounded() / 10
            return "服务点范围内没有企业提供\(category) — 最近的提供点「\(nearest.point.name)」距 \(km) 公里，可扩大其服务半径或就近增设服务点"
        case .overBudget:
            let limit = demand?.maxPrice.map { "（上限 ¥\($0)）" } ?? ""
            return "范围内\(category)的报价都高于该户的价格上限\(limit) — 可调整上限、申请补贴或请企业增加低价项目"
        case .noQualifiedWorker:
            return "范围内没有符合条件的服务员（技能、证书、体检、培训或请假）— 可安排培训或增派合格人员"
        case .noTime:
            let window = demand.map { "（\($0.windowStart)–\($0.windowEnd)）" } ?? ""
            return "合格服务员当天的班次容不下这次服务\(window) — 可放宽时间窗或增加班次"
        case .outcompeted:
            return "合格服务员的时间已排给其他服务 — 可增派人手或改到其他日期"
        case .past:
            return "在重新排班日期之前，排班时尚无此需求 — 如仍需要请另行安排"
        }
    }

    /// The nearest service point with an enterprise offering `demand` on `day`, and its distance in metres.
    func nearestOffer(_ demand: Demand, from place: GeoPoint, on day: Day) -> (point: ServicePoint, distance: Double)? {
        var best: (point: ServicePoint, distance: Double)?
        for point in points {
            let offers = point.enterpriseIDs.contains { id in
                (menu[id] ?? []).contains { item in
                    item.category == demand.category && item.mode.admits(demand.mode) && demand.minutes >= item.minMinutes
                        && (item.effectiveFrom.map { $0 <= day } ?? true)
                }
            }
            guard offers else { continue }
            let distance = point.location.distance(to: place)
            if distance < best?.distance ?? .infinity { best = (point, distance) }
        }
        return best
    }
}

extension UnmetAdvice {
    /// The reason's name for a clerk.
    public static func name(of reason: UnmetReason) -> String {
        switch reason {
        case .noMenu: "无可用服务项目"
        case .overBudget: "超出价格上限"
        case .noQualifiedWorker: "无合格服务员"
        case .noTime: "班次时间不足"
        case .outcompeted: "时间被其他服务占用"
        case .past: "已过重排日期"
        }
    }
}
