/// `/office/records/entry`: the form recording one visit, with the problems of a refused entry by column.
enum OfficeRecordEntryTemplate {
    static let text = """
        <p>{{date}} · 住户 {{household}} {{address}}</p>
        <p class="muted">计划 (planned)：{{planned}}</p>
        <form method="post" action="/office/records?{{query}}" class="record">
          {{> record-entry-fields}}
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
