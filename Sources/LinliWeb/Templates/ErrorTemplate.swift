/// The body of an error page: the status and what it means.
enum ErrorTemplate {
    static let text = """
        <section class="notice error" role="alert">
          <p><strong>{{code}}</strong> {{message}}</p>
          <p><a href="/">返回首页 (home)</a></p>
        </section>
        """
}
