/// Every area of the console, in navigation order: the one list the server and the security tests walk.
/// An engineer adding an area appends one line here.
public enum AreaRegistry {
    public static var areas: [any ConsoleArea.Type] {
        [
            CoreArea.self,
            OfficeRosterArea.self,
            OfficeServiceArea.self,
            JobsArea.self,
            EnterpriseArea.self,
            PlannerArea.self,
            AdminArea.self,
        ]
    }

    /// Every route of every area.
    public static var routes: [RouteDescriptor] { areas.flatMap { $0.routes } }
}
