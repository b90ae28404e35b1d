/// Every area of the console, in navigation order: the one list the server and the security tests walk.
/// An engineer adding an area appends one line here.
public enum AreaRegistry {
    public static let areas: [any ConsoleArea.Type] = [
        CoreArea.self,
        OfficeRosterArea.self,
    ]

    /// Every route of every area.
    public static var routes: [RouteDescriptor] { areas.flatMap { $0.routes } }
}
