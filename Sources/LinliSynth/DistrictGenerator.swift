import LinliModel

/// Builds a deterministic, realistic synthetic district in Hangzhou.
///
/// Communities spread over an area that grows with the tier; households cluster around
/// their community's centroid; service points sit in communities, each with 2-4
/// enterprises publishing menus at different prices; workers are based at points of
/// their employer, on rotating shift patterns. A few workers (and, from `medium` on,
/// one enterprise) break a rule, and a few demands cannot be served at all, so every
/// rule and unmet reason of Docs/Rules.md shows up. With `history`, about one worker in twenty
/// is away for a few days and a month of service records lies behind the week.
public struct DistrictGenerator: Sendable {
    public var options: GeneratorOptions

    public init(options: GeneratorOptions) {
        self.options = options
    }

    /// A district drawn from `rng`: the same generator state always gives the same dataset.
    ///
    /// - Complexity: O(size of the district).
    public func generate(using rng: inout some RandomNumberGenerator) -> Dataset {
        var draft = DistrictDraft(options: options)
        draft.layOutCommunities(using: &rng)
        draft.openEnterprises(using: &rng)
        draft.settleHouseholds(using: &rng)
        draft.hireWorkers(using: &rng)
        draft.publishMenus(using: &rng)
        draft.collectDemands(using: &rng)
        draft.addressHouseholds(using: &rng)
        if options.history {
            draft.takeLeave(using: &rng)
            draft.recordPastMonth(using: &rng)
        }
        return draft.dataset
    }
}
