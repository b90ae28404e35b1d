/// `/office/records/entry`: the form recording one visit, with the problems of a refused entry by column.
enum OfficeRecordEntryTemplate {
    static let text = """
        <p>{{date}} · 住户 {{household}} {{address}}</p>
        <p class="muted">计划 (planned)：{{planned}}</p>
        {{#hasProblems}}
        <div class="notice error" role="alert"><p>没有保存 (nothing saved)：</p>
          <ul>{{#problems}}<li><strong>{{column}}</strong>: {{message}}</li>{{/problems}}</ul></div>
        {{/hasProblems}}
        <form method="post" action="/office/records?{{query}}" class="record">
          <input type="hidden" name="csrf_token" value="{{csrf}}">
          <input type="hidden" name="demand_id" value="{{values.demand_id}}">
          <input type="hidden" name="date" value="{{values.date}}">
          <label>服务员 (worker_id)
            <select name="worker_id">{{#workers}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}} ({{id}})</option>{{/workers}}</select>
          </label>
          <label>状态 (status)
            <select name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select>
          </label>
          <label>开始 (started)<input name="started" value="{{values.started}}" placeholder="09:00" inputmode="numeric"></label>
          <label>结束 (ended)<input name="ended" value="{{values.ended}}" placeholder="11:00" inputmode="numeric"></label>
          <label>实收 (price, 元)<input name="price" value="{{values.price}}" inputmode="decimal"></label>
          <label>评价 (stars)
            <select name="stars">{{#stars}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/stars}}</select>
          </label>
          <label>投诉 (complaint)
            <select name="complaint">{{#complaints}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/complaints}}</select>
          </label>
          <label>备注 (note)<input name="note" value="{{values.note}}" maxlength="500"></label>
          <p class="muted">状态为“已完成”时须填开始、结束时间和实收金额；其他状态时间留空。</p>
          <button type="submit">保存 (save)</button>
          <a class="button secondary" href="/office/records?{{query}}">返回 (back)</a>
        </form>
        """
}
