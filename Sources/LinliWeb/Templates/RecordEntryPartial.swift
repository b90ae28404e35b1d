/// The parts of a service-record form (partial `record-entry-fields`) the office's and the enterprise's share:
/// the problems of a refused post, the visit's key, worker, status, times and price.
enum RecordEntryPartial {
    static let text = """
        {{#hasProblems}}
        <div class="notice error" role="alert"><p>没有保存 (nothing saved)：</p>
          <ul>{{#problems}}<li><strong>{{column}}</strong>: {{message}}</li>{{/problems}}</ul></div>
        {{/hasProblems}}
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
        """
}
