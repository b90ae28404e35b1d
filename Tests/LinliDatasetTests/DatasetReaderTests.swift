import Foundation
import LinliModel
import Testing

@testable import LinliDataset

@Suite struct DatasetReaderTests {
    @Test func readsEveryFileOfAValidDistrict() throws {
        let result = try Fixture().importing()
        let d = result.dataset
        #expect(d.communities.map(\.id) == ["C1", "C2"])
        #expect(d.communities[1].name == "Xixi, \"North\" 区")
        #expect(d.communities[0].street == "翠苑街道" && d.communities[1].street == nil)
        #expect(d.servicePoints[0].enterpriseIDs == ["E1", "E2"] && d.servicePoints[0].radiusMeters == 1500)
        #expect(d.enterprises[1].rating == nil && d.enterprises[0].rating == 4.6)
        #expect(d.menu[1].price == Fen(6050) && d.menu[1].effectiveFrom == Day(year: 2026, month: 1, day: 1))
        #expect(d.menu[2].unit == .visit && d.menu[2].price == Fen(9000))
        #expect(d.workers[0].skills == [Skill(category: .cleaning, level: 3), Skill(category: .elderCare, level: 2)])
        #expect(d.workers[1].certificateUntil == nil)
        #expect(d.workers[1].rotationOffset == 1 && d.workers[1].maxWeekMinutes == Worker.defaultMaxWeekMinutes)
        #expect(d.shiftDays.count == 3 && d.shiftPatterns.first?.cycleLength == 2)
        #expect(d.households[0].priorityGroup == .elderlyAlone)
        #expect(d.demands[0].weekdays == [1, 3] && d.demands[0].preferredWorkerID == "W1")
        #expect(d.demands[2].windowEnd == .endOfDay && d.demands[2].date == Day(year: 2026, month: 11, day: 26))
        #expect(result.warnings.isEmpty)
        #expect(result.changes.count == DatasetFile.allCases.count)
        #expect(result.changes[.demands] == ChangeCount(added: 3))
        #expect(result.changes[.shiftPatterns] == ChangeCount(added: 1))
    }

    @Test func reimportingTheSameDataChangesNothing() throws {
        let first = try Fixture().importing()
        let second = try Fixture().importing(into: first.dataset)
        #expect(second.dataset == first.dataset)
        for file in DatasetFile.allCases {
            #expect(second.changes[file]?.added == 0)
            #expect(second.changes[file]?.changed == 0)
            #expect((second.changes[file]?.unchanged ?? 0) > 0)
        }
    }

    @Test func mergeUpsertsByIdKeepsOrderAndNeverDeletes() throws {
        let base = try Fixture().importing().dataset
        let result = try Fixture.importFile("households.csv", """
            household_id,community_id,lat,lon,priority_group
            H3,C1,30.3,120.1,disabled
            H1,C1,30.291,120.121,none

            """, into: base)
        #expect(result.dataset.households.map(\.id) == ["H1", "H2", "H3"])
        #expect(result.dataset.households[0].priorityGroup == PriorityGroup.none)
        #expect(result.changes == [.households: ChangeCount(added: 1, changed: 1, unchanged: 0)])
        #expect(result.dataset.demands == base.demands)
    }

    @Test func incrementalMenuImportWarnsAboutPriceRisesOverTenPercent() throws {
        let base = try Fixture().importing().dataset
        let result = try Fixture.importFile("menu.csv", """
            enterprise_id,item_code,name,category,mode,unit,price,min_minutes,skill_level,effective_from
            E1,CLEAN2H,日常保洁（2小时）,cleaning,both,hour,49.50,60,1,2026-12-01
            E1,ELDER,养老护理,elder_care,slot,hour,66.56,120,3,2026-12-01

            """, into: base)
        #expect(result.changes == [.menu: ChangeCount(added: 2)])
        #expect(result.dataset.menu.count == 5)
        #expect(result.warnings.count == 1)
        let w = try #require(result.warnings.first)
        #expect(w.severity == .warning && w.file == "menu.csv" && w.line == 3 && w.column == "price")
        #expect(w.message.contains("ELDER") && w.message.contains("60.50") && w.message.contains("66.56"))
    }

    @Test func shiftPatternFileReplacesEveryRowOfThePatternsItMentions() throws {
        let base = try Fixture().importing().dataset
        let patterns = "pattern_id,cycle_week,weekday,start,end\nA,0,5,07:00,15:00\nB,0,1,08:00,12:00\n"
        let result = try Fixture.importFile("shift_patterns.csv", patterns, into: base)
        #expect(result.dataset.shiftDays.map { "\($0.patternID)\($0.cycleWeek)\($0.weekday)" } == ["A05", "B01"])
        #expect(result.changes[.shiftPatterns] == ChangeCount(added: 1, changed: 1, unchanged: 0))
    }

    @Test func otherFilesInTheFolderAreIgnored() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        Fixture().write(to: folder)
        folder.write("README.md", "# not a dataset file")
        folder.write("notes.csv", "a,b\n1,2\n")
        let result = try DatasetReader.importDirectory(folder.path, into: Dataset())
        #expect(result.dataset.demands.count == 3)
    }

    @Test func aFolderWithoutDatasetFilesIsAnError() {
        let folder = TempFolder()
        defer { folder.remove() }
        folder.write("notes.csv", "a,b\n")
        #expect(throws: DiagnosticsError.self) { try DatasetReader.importDirectory(folder.path, into: Dataset()) }
    }

    @Test func aFileWhoseNameIsNotADatasetFileIsRefused() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("menu-2026.csv", Fixture.valid[.menu]!)
        let error = try #require(throws: DiagnosticsError.self) { try DatasetReader.importFiles([path], into: Dataset()) }
        #expect(error.errors.map(\.file) == ["menu-2026.csv"])
    }

    @Test func unknownColumnsAreOneWarningNamingThem() throws {
        let fixture = Fixture()
            .replacing(.enterprises, line: 1, with: "enterprise_id,name,model,credit,rating,phone,备注")
            .replacing(.enterprises, line: 2, with: "E1,安心家政,employee,good,4.6,0571-1234,x")
            .replacing(.enterprises, line: 3, with: "E2,好帮手,mixed,warned,,,")
        let result = try fixture.importing()
        #expect(result.warnings.count == 1)
        let w = try #require(result.warnings.first)
        #expect(w.file == "enterprises.csv" && w.line == 1 && w.message.contains("\"phone\", \"备注\""))
    }

    @Test func referencesMayPointIntoTheBaseDataset() throws {
        let base = try Fixture().importing().dataset
        let demands = """
            demand_id,household_id,category,mode,minutes,recurrence,window_start,window_end,preferred_worker_id,date
            D9,H2,laundry,order,30,once,09:00,12:00,W2,2026-12-02

            """
        let result = try Fixture.importFile("demands.csv", demands, into: base)
        #expect(result.dataset.demands.last?.id == "D9")
        let error = try #require(throws: DiagnosticsError.self) { try Fixture.importFile("demands.csv", demands, into: Dataset()) }
        #expect(Set(error.errors.map(\.column)) == ["household_id", "preferred_worker_id"])
    }

    @Test func candidateSitesReadAsServicePointsAgainstTheBase() throws {
        let base = try Fixture().importing().dataset
        let folder = TempFolder()
        defer { folder.remove() }
        let header = "point_id,name,community_id,lat,lon,radius_m,enterprise_ids\n"
        let good = folder.write("candidates.csv", header + "N1,新点,C2,30.28,120.11,800,E2\nN2,空点,C1,30.29,120.12,500,\n")
        let points = try DatasetReader.readServicePoints(good, against: base)
        #expect(points.map(\.id) == ["N1", "N2"] && points[1].enterpriseIDs.isEmpty)
        let bad = folder.write("bad.csv", header + "N1,新点,C9,30.28,120.11,800,E2\n")
        let error = try #require(throws: DiagnosticsError.self) { try DatasetReader.readServicePoints(bad, against: base) }
        #expect(error.errors.map { "\($0.file):\($0.line):\($0.column)" } == ["bad.csv:2:community_id"])
    }
}
