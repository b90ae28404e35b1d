import GRDB

extension AppDatabase {
    /// The migrations that define the schema, in order.
    ///
    /// A migration is frozen once shipped: later changes go into a new migration appended here,
    /// which also raises `PRAGMA user_version` and ``schemaVersion``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: SchemaV1.migrate)
        migrator.registerMigration("v2", migrate: SchemaV2.migrate)
        migrator.registerMigration(SchemaV2Replan.identifier, migrate: SchemaV2Replan.migrate)
        migrator.registerMigration(SchemaV3Balance.identifier, migrate: SchemaV3Balance.migrate)
        migrator.registerMigration(SchemaV3Relation.identifier, migrate: SchemaV3Relation.migrate)
        migrator.registerMigration(SchemaV3Console.identifier, migrate: SchemaV3Console.migrate)
        migrator.registerMigration(SchemaV4RosterReads.identifier, migrate: SchemaV4RosterReads.migrate)
        migrator.registerMigration(SchemaV5Phases.identifier, migrate: SchemaV5Phases.migrate)
        migrator.registerMigration(SchemaV6LoginClients.identifier, migrate: SchemaV6LoginClients.migrate)
        return migrator
    }
}
