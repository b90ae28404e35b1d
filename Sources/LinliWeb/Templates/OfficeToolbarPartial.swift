/// The week (and, for an admin, community) picker with the page's CSV download, shared by the office roster pages.
enum OfficeToolbarPartial {
    static let text = """
        <form method="get" class="toolbar">
          {{#pickCommunity}}
          <label>社区 (community)
            <select name="community" data-autosubmit>
              {{#communities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/communities}}
            </select>
          </label>
          {{/pickCommunity}}
          <label>周 (week)
            <select name="week" data-autosubmit>
              {{#weeks}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/weeks}}
            </select>
          </label>
          <button type="submit" class="secondary">查看 (show)</button>
          {{#published}}<a class="button secondary" href="{{csv}}" download>下载 CSV</a>{{/published}}
          <button type="button" class="secondary" data-print>打印 (print)</button>
        </form>
        """
}
