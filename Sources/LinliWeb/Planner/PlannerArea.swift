import LinliStore

/// The planner's pages: district and community figures, the coverage map, the 领跑者 indicators, what-if
/// simulation, site planning and the run history. Aggregates only: no page here names a household or a
/// worker, and none takes a household, demand or worker id (Docs/Console.md, "Planner").
enum PlannerArea: ConsoleArea {
    static let roles: Set<ConsoleRole> = [.planner, .admin]

    static let routes: [RouteDescriptor] = [
        .page(.get, "/planner/coverage", roles: roles, nav: "覆盖 (coverage)", handler: CoveragePage.show),
        .page(.get, "/planner/coverage.csv", roles: roles, handler: CoveragePage.csv),
        .page(.get, "/planner/indicators", roles: roles, nav: "指标 (indicators)", handler: IndicatorsPage.show),
        .page(.get, "/planner/indicators.csv", roles: roles, handler: IndicatorsPage.csv),
        .page(.get, "/planner/whatif", roles: roles, nav: "模拟 (what-if)", handler: WhatIfPage.show),
        .page(.post, "/planner/whatif", roles: roles, handler: WhatIfPage.simulate),
        .page(.get, "/planner/whatif.csv", roles: roles, handler: WhatIfPage.csv),
        .page(.get, "/planner/plan", roles: roles, nav: "选址 (site planning)", handler: SitePlanPage.show),
        .page(.post, "/planner/plan", roles: roles, handler: SitePlanPage.plan),
        .page(.get, "/planner/plan.csv", roles: roles, handler: SitePlanPage.csv),
        .page(.get, "/planner/runs", roles: roles, nav: "运行记录 (runs)", handler: RunsPage.show),
        .page(.get, "/planner/runs.csv", roles: roles, handler: RunsPage.csv),
    ]

    static let templates = [
        "planner-coverage": CoverageTemplate.text,
        "planner-indicators": IndicatorsTemplate.text,
        "planner-whatif": WhatIfTemplate.text,
        "planner-plan": SitePlanTemplate.text,
        "planner-runs": RunsTemplate.text,
        "planner-table": PlannerTableTemplate.text,
    ]
}
