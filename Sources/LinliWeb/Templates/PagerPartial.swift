/// The links between the pages of a long list: shared by every paged office list. Render inside a context
/// holding ``PageWindow/pager(linkingTo:)`` as `pager`.
enum PagerPartial {
    static let text = """
        {{#pager}}<p class="toolbar">{{#previous}}<a href="{{.}}">← 上一页 (previous)</a>{{/previous}}
          <span class="muted">第 {{page}} / {{pages}} 页 (page)</span>
          {{#next}}<a href="{{.}}">下一页 (next) →</a>{{/next}}</p>{{/pager}}
        """
}
