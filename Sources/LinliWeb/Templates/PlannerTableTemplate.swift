/// A planner table (partial `planner-table`, rendered with a ``PlannerTable`` as context).
enum PlannerTableTemplate {
    static let text = """
        <div class="table-wrap"><table>
        <thead><tr>{{#columns}}<th{{#numeric}} class="num"{{/numeric}}>{{label}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#cells}}<td class="{{#numeric}}num{{/numeric}}{{#warn}} warn{{/warn}}">{{text}}</td>{{/cells}}</tr>{{/rows}}
        </tbody></table></div>
        """
}
