/// The ratings of the enterprise and its workers.
enum EnterpriseRatingsTemplate {
    static let text = """
        {{> enterprise-picker}}
        <div class="figures">
        <div><strong>{{rating}}</strong>企业评分 (rating)，{{evaluations}} 条评价</div>
        <div><strong>{{prior}}</strong>全区先验 (prior mean)</div>
        </div>
        <p class="muted">评分为贝叶斯平均：评价少时接近全区先验，评价多时接近自身平均。</p>
        <div class="toolbar"><a class="button secondary" href="/enterprise/ratings.csv{{enterprise.query}}">下载 CSV</a></div>
        <div class="table-wrap"><table>
        <thead><tr><th>编号</th><th>姓名</th><th class="num">评分 (rating)</th><th class="num">评价数 (evaluations)</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{id}}</td><td>{{name}}</td><td class="num">{{rating}}</td><td class="num">{{evaluations}}</td></tr>{{/rows}}
        </tbody></table></div>
        """
}
