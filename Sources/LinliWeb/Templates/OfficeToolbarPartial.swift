/// The week (and, for an admin, community) picker with the page's CSV download and print button, shared by the
/// office pages: `pickCommunity` shows the community picker, `showCSV` the download of `csv`, `showPrint` the
/// print button.
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
          {{#showCSV}}<a class="button secondary" href="{{csv}}" download>下载 CSV</a>{{/showCSV}}
          {{#showPrint}}<button type="button" class="secondary" data-print>打印 (print)</button>{{/showPrint}}
        </form>
        """
}
