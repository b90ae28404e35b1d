/// The table of refused input, one problem per row (`file:line`, column, message): shared by every upload form.
/// Render inside a context holding ``DiagnosticTable/data(_:)`` as `diagnostics`.
enum DiagnosticsPartial {
    static let text = """
        {{#diagnostics}}{{#hasRows}}
        <div class="table-wrap">
        <table class="diagnostics">
          <thead><tr><th>位置 (file:line)</th><th>列 (column)</th><th>级别</th><th>问题 (message)</th></tr></thead>
          <tbody>
          {{#rows}}<tr{{#isError}} class="error"{{/isError}} title="{{text}}">
            <td class="time">{{location}}</td><td>{{column}}</td><td>{{severity}}</td><td>{{message}}</td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}{{/diagnostics}}
        """
}
