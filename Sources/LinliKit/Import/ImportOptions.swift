/// How `linli import` treats the stored data: merge into it (the default), or replace it.
public struct ImportOptions: Hashable, Sendable {
    /// Delete the stored rows that the dataset folder no longer lists (the folder must hold the whole dataset).
    public var replace: Bool
    /// Do everything but save: report what would be added, changed and deleted.
    public var dryRun: Bool
    /// With `replace`, delete rows that published rosters still name.
    public var force: Bool

    public init(replace: Bool = false, dryRun: Bool = false, force: Bool = false) {
        self.replace = replace
        self.dryRun = dryRun
        self.force = force
    }
}
