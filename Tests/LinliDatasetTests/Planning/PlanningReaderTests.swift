import Foundation
import LinliModel
import LinliPlan
import Testing

@testable import LinliDataset

/// staff.csv and targets.csv, read like dataset files (BOM, GB18030, located diagnostics).
@Suite struct PlanningReaderTests {
    static func staff(_ bytes: [UInt8], name: String = "staff.csv") throws(DiagnosticsError) -> StaffPlan {
        let folder = TempFolder()
        defer { folder.remove() }
        return try DatasetReader.readStaffPlan(folder.write(name, bytes: bytes))
    }

    static func targets(_ text: String) throws(DiagnosticsError) -> [Indicator: IndicatorTarget] {
        let folder = TempFolder()
        defer { folder.remove() }
        return try DatasetReader.readIndicatorTargets(folder.write("targets.csv", text))
    }

    @Test func readsMovesAndHiresFromOneFileWithABOM() throws {
        let plan = try Self.staff([0xEF, 0xBB, 0xBF] + Array("""
            worker_id,enterprise_id,point_id,skills,count
            W1,,P9,,
            ,E1,P9,cleaning:3;elder_care:2,2
            """.utf8))
        #expect(plan.moves == [StaffPlan.Move(workerID: "W1", pointID: "P9", line: 2)])
        #expect(plan.hires == [StaffPlan.Hire(
            enterpriseID: "E1", pointID: "P9", skills: [Skill(category: .cleaning, level: 3), Skill(category: .elderCare, level: 2)],
            count: 2, line: 3)])
        #expect(plan.file == "staff.csv")
    }

    /// As in `workers.csv`: a category listed twice is kept once, at its highest level.
    @Test func aSkillListedTwiceIsKeptOnceAtItsHighestLevel() throws {
        let plan = try Self.staff(Array("enterprise_id,point_id,skills,count\nE1,P9,cooking:2;cleaning:1;cooking:3,1\n".utf8))
        #expect(plan.hires.map(\.skills) == [[Skill(category: .cooking, level: 3), Skill(category: .cleaning, level: 1)]])
    }

    @Test func aGBKStaffFileIsRead() throws {
        let gbk: [UInt8] = [0xB4, 0xE4, 0xD4, 0xB7]  // 翠苑 in an unknown column, as Excel saves it
        let plan = try Self.staff(Array("enterprise_id,point_id,skills,count,note\r\nE1,P9,cleaning:1,1,".utf8) + gbk + [0x0D, 0x0A])
        #expect(plan.hires.map(\.count) == [1])
    }

    @Test(arguments: [
        ("cleaning", "skills"), ("cleaning:6", "skills"), ("dancing:2", "skills"), ("", "skills"),
    ])
    func refusesMalformedSkillsAtTheirLine(skills: String, column: String) {
        let error = #expect(throws: DiagnosticsError.self) {
            try Self.staff(Array("enterprise_id,point_id,skills,count\nE1,P9,\(skills),1\n".utf8))
        }
        #expect(error?.errors.map(\.line) == [2])
        #expect(error?.errors.map(\.column) == [column])
    }

    /// Rows of 1,000 hires each are each valid; the plan's total is capped, at the row that passes it.
    @Test func refusesAPlanOfMoreHiresInAllThanTheLimitAtTheRowThatPassesIt() throws {
        let row = "E1,P9,cleaning:3,\(Limits.hires.upperBound)"
        let rows = Array(repeating: row, count: Limits.totalHires / Limits.hires.upperBound)
        let fits = try Self.staff(Array((["enterprise_id,point_id,skills,count"] + rows).joined(separator: "\n").utf8))
        #expect(fits.hires.reduce(0) { $0 + $1.count } == Limits.totalHires)
        let error = #expect(throws: DiagnosticsError.self) {
            try Self.staff(Array((["enterprise_id,point_id,skills,count"] + rows + ["E1,P9,cleaning:3,1", row]).joined(separator: "\n").utf8))
        }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.line == rows.count + 2)
        #expect(error?.errors.first?.column == "count")
    }

    /// A file of points is capped before any row is decoded: exactly the limit is read, one more is one error at
    /// the first row past it (blank lines not counted).
    @Test func refusesAPointsFileOfMoreRowsThanTheLimitAtTheFirstRowPastIt() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let header = "point_id,name,community_id,lat,lon,radius_m,enterprise_ids"
        let rows = (1...3).map { "NP\($0),新站\($0),C1,30.27,120.16,1000," }
        let base = Dataset(communities: [Community(id: "C1", name: "翠苑", location: GeoPoint(lat: 30.27, lon: 120.16), households: 10)])
        let path = folder.write("points.csv", ([header, ""] + rows).joined(separator: "\n"))
        #expect(try DatasetReader.readServicePoints(path, against: base, limit: 3).map(\.id) == ["NP1", "NP2", "NP3"])
        let error = #expect(throws: DiagnosticsError.self) { try DatasetReader.readServicePoints(path, against: base, limit: 2) }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.line == 5)
        #expect(error?.errors.first?.message.contains("more than 2 points") == true)
    }

    /// A file of new points names each id the dataset already holds at its own row.
    @Test func refusesAPointTheDatasetAlreadyHoldsAtItsRow() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let header = "point_id,name,community_id,lat,lon,radius_m,enterprise_ids"
        var base = Dataset(communities: [Community(id: "C1", name: "翠苑", location: GeoPoint(lat: 30.27, lon: 120.16), households: 10)])
        base.servicePoints = try DatasetReader.readServicePoints(
            folder.write("old.csv", [header, "P1,老站,C1,30.27,120.16,1000,"].joined(separator: "\n")), against: base)
        let path = folder.write("points.csv", [header, "NP1,新站,C1,30.27,120.16,1000,", "P1,重名,C1,30.27,120.16,1000,"].joined(separator: "\n"))
        let error = #expect(throws: DiagnosticsError.self) { try DatasetReader.readServicePoints(path, against: base) }
        #expect(error?.errors.map(\.line) == [3])
        #expect(error?.errors.first?.column == "point_id")
        #expect(error?.errors.first?.message.contains("\"P1\" is already in the dataset") == true)
    }

    @Test(arguments: ["0", "x", "-2", "1001", "9223372036854775807"])
    func refusesABadCount(count: String) {
        let error = #expect(throws: DiagnosticsError.self) {
            try Self.staff(Array("enterprise_id,point_id,skills,count\nE1,P9,cleaning:2,\(count)\n".utf8))
        }
        #expect(error?.errors.first?.description.hasPrefix("staff.csv:2: count: error: expected a number of hires 1-1000") == true)
    }

    @Test func refusesAFileWithoutTheColumns() {
        let error = #expect(throws: DiagnosticsError.self) { try Self.staff(Array("id,where\n1,2\n".utf8)) }
        #expect(error?.errors.first?.line == 1)
        let neither = #expect(throws: DiagnosticsError.self) { try Self.staff(Array("point_id,count\nP9,1\n".utf8)) }
        #expect(neither?.errors.first?.message.contains("worker_id") == true)
    }

    @Test func aTargetsFileSetsTargetsByIndicator() throws {
        let targets = try Self.targets("\u{FEFF}indicator,target\nenterprises,5\ndishonest_enterprises,2\nreach_coverage,>=95%\n")
        #expect(targets == [
            .enterprises: IndicatorTarget(.atLeast, 5, isShare: false),
            .dishonestEnterprises: IndicatorTarget(.atMost, 2, isShare: false),
            .reachCoverage: IndicatorTarget(.atLeast, 0.95, isShare: true),
        ])
    }

    @Test func aBadTargetsFileIsRefusedLineByLine() {
        let error = #expect(throws: DiagnosticsError.self) {
            try Self.targets("indicator,target\nnope,1\nenterprises,lots\nenterprises,1e300\nreach_coverage,150%\nservice_points,2\nservice_points,3\n")
        }
        #expect(error?.errors.map(\.line) == [2, 3, 4, 5, 7])
        #expect(error?.errors.map(\.column) == ["indicator", "target", "target", "target", "indicator"])
    }
}
