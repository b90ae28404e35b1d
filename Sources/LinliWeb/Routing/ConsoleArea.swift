/// A part of the console (Core, Office, Enterprise, Planner, Admin): its routes and its templates.
///
/// An area is listed once in ``AreaRegistry``; the server registers its routes and templates from there.
public protocol ConsoleArea {
    /// The area's routes, in navigation order.
    static var routes: [RouteDescriptor] { get }
    /// The area's Mustache templates by name (names are global: prefix them with the area, e.g. `office-roster`).
    static var templates: [String: String] { get }
}
