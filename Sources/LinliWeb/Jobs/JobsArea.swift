import LinliStore

/// The background jobs' pages, for every role: each viewer sees the jobs of its own scope (``JobRunner``). A
/// `community=` outside the viewer's scope is 404, as on the office's job page.
enum JobsArea: ConsoleArea {
    static let routes: [RouteDescriptor] = [
        .page(.get, "/jobs", roles: Set(ConsoleRole.allCases), scoped: [.query(.community)], nav: "后台任务 (jobs)", handler: JobsPage.list),
        .page(.get, "/jobs/{job}", roles: Set(ConsoleRole.allCases), scoped: [.query(.community)], examples: ["job": "1"], handler: JobsPage.show),
        .open(.get, "/static/jobs.js", handler: JobsPage.script),
    ]

    static let templates = ["jobs": JobsTemplate.list, "job": JobsTemplate.job, "job-progress": JobsTemplate.progress]
}
