/// The home page of a role that has no page yet.
enum HomeTemplate {
    static let text = """
        <p>欢迎，{{name}}。您的角色（{{roleName}}）暂时没有可用的页面。</p>
        """
}
