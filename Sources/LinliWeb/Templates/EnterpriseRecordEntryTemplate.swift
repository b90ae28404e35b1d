/// `/enterprise/records/entry`: the form confirming one visit of the enterprise's worker, with the problems of a
/// refused entry by column; the household's evaluation is shown, not asked.
enum EnterpriseRecordEntryTemplate {
    static let text = """
        <p>{{date}} · {{address}}</p>
        <p class="muted">计划 (planned)：{{planned}}</p>
        {{#evaluation}}<p class="muted">住户评价 (evaluation, recorded by the office)：{{evaluation}}</p>{{/evaluation}}
        <form method="post" action="/enterprise/records?{{query}}" class="record">
          {{> record-entry-fields}}
          <label>备注 (note)<input name="note" value="{{values.note}}" maxlength="500"></label>
          <p class="muted">状态为“已完成”时须填开始、结束时间和实收金额；其他状态时间留空。</p>
          <button type="submit">保存 (save)</button>
          <a class="button secondary" href="/enterprise/records?{{query}}">返回 (back)</a>
        </form>
        """
}
