/// `/office/absences`: the sick-call form, the roster and replan buttons, the week's absences, recent jobs.
enum OfficeAbsencesTemplate {
    static let text = """
        <p class="muted">{{community}} · {{week}}</p>
        {{> office-toolbar}}
        {{#message}}<p class="notice error" role="alert">{{message}}</p>{{/message}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}

        <h2>工人请假 (worker called in sick)</h2>
        {{#hasWorkers}}
        <form method="post" action="/office/absences?{{query}}" class="toolbar" data-confirm="记录请假并从请假首日起重排本周？">
          <input type="hidden" name="csrf_token" value="{{csrf}}">
          <label>服务员 (worker)
            <select name="worker" required>
              {{#workers}}<option value="{{id}}">{{name}} ({{id}})</option>{{/workers}}
            </select>
          </label>
          <label>从 (from)<input type="date" name="from" value="{{from}}" required></label>
          <label>到 (until)<input type="date" name="until" value="{{from}}" required></label>
          <button type="submit">记录并重排 (record and replan)</button>
        </form>
        <p class="muted">只列出本周为本社区住户服务的服务员。记录后从请假首日起重排本周（后台进行），完成后显示本社区的变更。</p>
        {{/hasWorkers}}
        {{^hasWorkers}}<p class="notice">本周还没有为本社区服务的服务员 (no workers on this week's roster)；请先排班。</p>{{/hasWorkers}}

        <h2>排班 (roster)</h2>
        <div class="toolbar">
          {{#mayRoster}}
          <form method="post" action="/office/roster?{{query}}" class="inline">
            <input type="hidden" name="csrf_token" value="{{csrf}}">
            <input type="hidden" name="mode" value="roster">
            <button type="submit" class="secondary">排本周 (roster {{week}})</button>
          </form>
          {{/mayRoster}}
          {{#published}}
          <form method="post" action="/office/roster?{{query}}" class="inline">
            <input type="hidden" name="csrf_token" value="{{csrf}}">
            <input type="hidden" name="mode" value="replan">
            <label>重排自 (replan from)
              <select name="from">{{#days}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/days}}</select>
            </label>
            <button type="submit" class="secondary">重排 (replan)</button>
          </form>
          {{/published}}
        </div>

        <h2>本周请假 (absences)</h2>
        {{#hasRows}}
        <div class="toolbar"><a class="button secondary" href="/office/absences.csv?{{query}}" download>下载 CSV</a></div>
        <div class="table-wrap">
        <table>
          <thead><tr><th>服务员 (worker)</th><th>从 (from)</th><th>到 (until)</th><th>原因 (reason)</th></tr></thead>
          <tbody>
          {{#rows}}<tr><td>{{name}} <span class="muted">{{worker}}</span></td><td>{{from}}</td><td>{{until}}</td><td>{{reason}}</td></tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p class="muted">本周没有请假记录。</p>{{/hasRows}}

        {{#hasJobs}}<h2>后台任务 (jobs)</h2>
        <ul>{{#jobs}}<li><a href="{{href}}">{{title}}</a> · {{stateName}} · {{startedBy}}</li>{{/jobs}}</ul>{{/hasJobs}}
        """
}
