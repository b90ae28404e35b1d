/// The admin's choice of enterprise on the enterprise pages (partial `enterprise-picker`); an enterprise
/// account never sees it.
enum EnterprisePickerTemplate {
    static let text = """
        {{#enterprise.picker}}
        <form method="get" class="toolbar picker">
        <label>企业 (enterprise)
        <select name="enterprise">{{#enterprise.choices}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{id}} {{name}}</option>{{/enterprise.choices}}</select>
        </label>
        <button type="submit" class="secondary">查看</button>
        </form>
        {{/enterprise.picker}}
        """
}
