/// The background jobs' list and one job's page, with the little script that refreshes a running job's page.
enum JobsTemplate {
    static let list = """
        {{^hasJobs}}<p class="muted">没有后台任务 (no jobs)。</p>{{/hasJobs}}
        {{#hasJobs}}
        <div class="table-wrap">
        <table>
          <thead><tr><th>任务 (job)</th><th>状态 (state)</th><th>发起人</th><th class="num">用时 (s)</th></tr></thead>
          <tbody>
          {{#jobs}}<tr><td><a href="{{href}}">{{title}}</a></td><td>{{stateName}}</td><td>{{startedBy}}</td><td class="num">{{elapsed}}</td></tr>{{/jobs}}
          </tbody>
        </table>
        </div>
        {{/hasJobs}}
        """

    static let job = """
        {{> job-progress}}
        {{#link}}<p><a class="button" href="{{link}}">{{linkLabel}}</a></p>{{/link}}
        {{#lines}}<pre class="summary">{{lines}}</pre>{{/lines}}
        """

    /// A job's state, its progress messages and its failure: shared by the job page and the office's replan page.
    static let progress = """
        <p class="job-state" data-state="{{state}}">{{stateName}} · {{startedBy}} · {{elapsed}} s</p>
        {{#active}}
        <p class="notice" role="status" data-refresh="2">后台进行中，本页每 2 秒自动刷新；您可以离开本页，稍后在“后台任务”中查看结果。
          <a href="">刷新 (refresh)</a></p>
        <script src="/static/jobs.js" defer></script>
        {{/active}}
        {{#hasSteps}}
        <ol class="steps">{{#steps}}<li><span class="muted">{{seconds}} s</span> {{message}}</li>{{/steps}}</ol>
        {{/hasSteps}}
        {{#failed}}<p class="notice error" role="alert">任务失败 (failed)，没有保存任何内容：</p><pre>{{failure}}</pre>{{/failed}}
        """

    static let script = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var marked = document.querySelector("[data-refresh]");
          if (!marked) { return; }
          var seconds = parseFloat(marked.getAttribute("data-refresh")) || 2;
          window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
        });
        """
}
