/// `/office/jobs/{job}` and `/office/changes`: a replan's progress, then its changes for the community.
enum OfficeChangesTemplate {
    static let text = """
        {{#showProgress}}{{> job-progress}}{{/showProgress}}
        {{#rostered}}<p class="notice" role="status">排班已发布 (published)。<a href="/office/roster?{{query}}">查看本社区排班 (roster)</a></p>{{/rostered}}
        {{#hasChanges}}
        <h2>本社区的变更 (changes)，自 {{from}} 起</h2>
        <p class="muted">第 {{runID}} 次运行替换第 {{replaced}} 次运行 (run {{runID}} replaces run {{replaced}})</p>
        <div class="figures">{{#counts}}<div><strong>{{count}}</strong>{{name}}</div>{{/counts}}</div>
        <div class="toolbar">
          <a class="button secondary" href="{{csv}}" download>下载 changes.csv</a>
          <a class="button secondary" href="/office/roster?{{query}}">查看排班 (roster)</a>
          <button type="button" class="secondary" data-print>打印 (print)</button>
        </div>
        {{#hasRows}}
        <div class="table-wrap">
        <table>
          <thead><tr><th>日期 (date)</th><th>住户 (household)</th><th>地址 (address)</th><th>需求 (demand)</th>
            <th>原安排 (before)</th><th>新安排 (after)</th><th>变更 (change)</th></tr></thead>
          <tbody>
          {{#rows}}<tr data-change="{{kind}}"{{^changed}} class="muted"{{/changed}}><td>{{date}}</td><td>{{household}}</td><td>{{address}}</td>
            <td>{{demand}}</td><td>{{before}}</td><td>{{after}}</td><td>{{kindName}}</td></tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p class="muted">这次重排没有涉及本社区住户的服务。</p>{{/hasRows}}
        {{/hasChanges}}
        {{#lines}}<details><summary>运行摘要 (summary)</summary><pre class="summary">{{lines}}</pre></details>{{/lines}}
        """
}
