/// The size of a synthetic district, from a one-point toy to a whole city district.
public enum Tier: String, CaseIterable, Comparable, Sendable {
    case tiny, small, medium, large, xl

    public static func < (a: Tier, b: Tier) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
