/// The outcome of an upload (partial `upload-report`): saved with its counts and warnings, or refused with
/// every problem as `file:line: column: message`.
enum UploadReportTemplate {
    static let text = """
        <section class="upload-report" id="upload-report">
        {{#saved}}
        <p class="notice">已导入 (imported)：{{#lines}}{{.}}；{{/lines}}</p>
        {{/saved}}
        {{^saved}}
        <p class="notice error">文件有错误，未保存任何内容 (nothing was saved)。请改正下列各行后重新上传。</p>
        {{/saved}}
        {{#hasErrors}}
        <div class="table-wrap"><table class="diagnostics">
        <thead><tr><th>位置 (file:line: column)</th><th>级别</th><th>说明 (message)</th></tr></thead>
        <tbody>
        {{#errors}}<tr class="error"><td class="time">{{location}}</td><td>{{severity}}</td><td>{{message}}</td></tr>{{/errors}}
        </tbody></table></div>
        {{/hasErrors}}
        {{#hasWarnings}}
        <h3>提醒 (warnings)</h3>
        <div class="table-wrap"><table class="diagnostics">
        <thead><tr><th>位置 (file:line: column)</th><th>级别</th><th>说明 (message)</th></tr></thead>
        <tbody>
        {{#warnings}}<tr><td class="time">{{location}}</td><td>{{severity}}</td><td>{{message}}</td></tr>{{/warnings}}
        </tbody></table></div>
        {{/hasWarnings}}
        </section>
        """
}
