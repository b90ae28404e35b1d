import LinliModel

extension DistrictDraft {
    /// Enterprises, their models and credit, and which points they operate from (2-4 per point, some shared).
    ///
    /// Enterprise 1 is always an employee-system enterprise in good standing; from `medium` on,
    /// one other enterprise is on the dishonest list.
    ///
    /// - Complexity: O(enterprises + points).
    mutating func openEnterprises(using rng: inout some RandomNumberGenerator) {
        let count = profile.points == 1 ? 3 : Int((Double(profile.points) * 1.25).rounded()) + 1
        let dishonest = options.tier >= .medium ? rng.int(1...(count - 1)) : -1
        for e in 0..<count {
            let model: EnterpriseModel = e == 0 ? .employee : [.employee, .mixed, .intermediary][rng.weighted([0.75, 0.2, 0.05])]
            let credit: Credit = e == dishonest ? .dishonest : (e > 0 && rng.chance(0.15) ? .warned : .good)
            let rating = rng.chance(0.9) ? (rng.uniform(3.5, 5) * 10).rounded() / 10 : nil
            enterprises.append(Enterprise(id: Self.id("E", e + 1, width: 3), name: Names.enterprise(e), model: model, credit: credit, rating: rating))
            enterpriseSizes.append(rng.uniform(0.5, 1.5) * (e == dishonest ? 0.3 : model == .intermediary ? 0.5 : 1))
        }
        enterpriseIndex = Dictionary(uniqueKeysWithValues: enterprises.enumerated().map { ($1.id, $0) })
        var operators = Array(repeating: [Int](), count: profile.points)
        for e in 0..<count { operators[e % profile.points].append(e) }
        for p in 0..<profile.points {
            let target = rng.int(2...4)
            while operators[p].count < min(target, count) {
                let e = rng.int(0...(count - 1))
                if !operators[p].contains(e) { operators[p].append(e) }
            }
            points[p].enterpriseIDs = operators[p].sorted().map { enterprises[$0].id }
        }
        decideOfferings(operators: operators, using: &rng)
    }

    /// Which categories each enterprise offers: cleaning always, others by chance; where no
    /// operator of a point offers a category, one usually takes it up, so gaps stay rare.
    private mutating func decideOfferings(operators: [[Int]], using rng: inout some RandomNumberGenerator) {
        offered = enterprises.indices.map { _ in
            CategoryMarket.all.filter { rng.chance($0.offerChance) }.map(\.category)
        }
        for ops in operators {
            for market in CategoryMarket.all where !ops.contains(where: { offered[$0].contains(market.category) }) {
                if rng.chance(0.9) { offered[rng.pick(ops)].append(market.category) }
            }
        }
        offered = offered.map { cats in Category.allCases.filter(cats.contains) }
    }
}
