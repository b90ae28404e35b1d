import Foundation
import Hummingbird

/// `/jobs` and `/jobs/{job}`: the background jobs the viewer may see (those started in its own scope; an
/// admin sees all), and one job's progress, which refreshes itself while the job runs, then its outcome.
enum JobsPage {
    static let title = "后台任务 (jobs)"

    static func list(_ page: PageRequest) async throws -> Response {
        let jobs = page.console.jobs.jobs(visibleTo: page.scope)
        return try page.render("jobs", title: title, ["jobs": jobs.map(summary), "hasJobs": !jobs.isEmpty])
    }

    static func show(_ page: PageRequest) async throws -> Response {
        guard let id = page.parameter("job").flatMap({ Int($0) }),
              let job = page.console.jobs.job(id, visibleTo: page.scope)
        else { throw ConsoleHTTPError.notFound }
        var data = progress(job)
        if let outcome = job.outcome {
            data["lines"] = outcome.lines.joined(separator: "\n")
            if let link = outcome.link { data["link"] = link }
            data["linkLabel"] = outcome.linkLabel ?? "查看结果 (result)"
        }
        return try page.render("job", title: job.title, data)
    }

    /// The data of the `job-progress` partial: the summary, the progress messages, whether the job is still
    /// active (the page then refreshes itself) and why it failed.
    static func progress(_ job: BackgroundJob) -> [String: Any] {
        var data = summary(job)
        data["steps"] = job.steps.map { ["seconds": String(format: "%.1f", $0.seconds), "message": $0.message] }
        data["hasSteps"] = !job.steps.isEmpty
        data["active"] = job.isActive
        data["failed"] = job.state == .failed
        data["failure"] = job.failure.joined(separator: "\n")
        return data
    }

    /// A job as a list entry: title, state, who started it, the time taken, its page.
    static func summary(_ job: BackgroundJob) -> [String: Any] {
        [
            "id": job.id, "title": job.title, "href": "/jobs/\(job.id)", "state": job.state.rawValue,
            "stateName": stateName(job.state), "startedBy": job.startedBy,
            "elapsed": String(format: "%.1f", job.elapsed()),
        ]
    }

    static func stateName(_ state: BackgroundJob.State) -> String {
        switch state {
        case .queued: "排队中 (queued)"
        case .running: "进行中 (running)"
        case .done: "已完成 (done)"
        case .failed: "失败 (failed)"
        }
    }

    /// /static/jobs.js: reloads a page marked `data-refresh="seconds"` after that many seconds (a job's page
    /// while the job runs). Same-origin, so the Content-Security-Policy allows it.
    static func script(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: JobsTemplate.script)))
    }
}
