import Foundation
import LinliDataset
import LinliModel

/// A small valid district as CSV text, one string per file, to be altered by tests.
struct Fixture {
    var files: [DatasetFile: String] = Fixture.valid

    static let valid: [DatasetFile: String] = [
        .communities: """
            community_id,name,lat,lon,households,street
            C1,翠苑一区,30.29,120.12,1200,翠苑街道
            C2,"Xixi, ""North"" 区",30.28,120.11,800,

            """,
        .servicePoints: """
            point_id,name,community_id,lat,lon,radius_m,enterprise_ids
            P1,翠苑网点,C1,30.2905,120.1205,1500,E1;E2

            """,
        .enterprises: """
            enterprise_id,name,model,credit,rating
            E1,安心家政,employee,good,4.6
            E2,好帮手,mixed,warned,

            """,
        .menu: """
            enterprise_id,item_code,name,category,mode,unit,price,min_minutes,skill_level,effective_from
            E1,CLEAN2H,日常保洁（2小时）,cleaning,both,hour,45.00,60,1,
            E1,ELDER,养老护理,elder_care,slot,hour,60.5,120,3,2026-01-01
            E2,CLEAN2H,日常保洁,cleaning,order,visit,90,120,2,

            """,
        .workers: """
            worker_id,enterprise_id,employment,name,home_lat,home_lon,point_id,skills,certificate_until,health_checked_on,health_scope,trained_on,credit,rating,shift_pattern,rotation_offset,max_week_minutes
            W1,E1,employee,王芳,30.295,120.125,P1,cleaning:3;elder_care:2,2027-06-30,2026-03-01,enhanced,2025-05-01,good,4.8,A,0,2640
            W2,E2,intermediary,李梅,30.285,120.115,P1,cleaning:2,,2026-02-01,basic,2025-01-10,good,,A,1,

            """,
        .shiftPatterns: """
            pattern_id,cycle_week,weekday,start,end
            A,0,1,08:00,17:00
            A,0,2,08:00,17:00
            A,1,3,09:00,18:00

            """,
        .households: """
            household_id,community_id,lat,lon,priority_group
            H1,C1,30.291,120.121,elderly_alone
            H2,C2,30.281,120.111,none

            """,
        .demands: """
            demand_id,household_id,category,mode,minutes,recurrence,weekdays,date,window_start,window_end,max_price,preferred_worker_id,active_from,active_until
            D1,H1,elder_care,slot,120,weekly,1;3,,08:00,10:00,150.00,W1,2026-01-01,2026-12-31
            D2,H2,cleaning,order,120,once,,2026-11-25,13:00,18:00,,,,
            D3,H2,cleaning,order,60,once,,2026-11-26,20:00,24:00,,,,

            """,
        .serviceRecords: """
            demand_id,date,worker_id,status,started,ended,price,stars,complaint,note
            D1,2026-11-23,W1,done,08:05,10:00,90.00,5,none,准时
            D2,2026-11-25,W2,household_cancelled,,,,,,改期

            """,
        .absences: """
            worker_id,from,until,reason
            W1,2026-11-24,2026-11-24,sick
            W1,2026-11-23,2026-11-27,leave
            W2,2026-12-01,2026-12-04,training

            """,
    ]

    /// Replaces 1-based line `line` of `file` (line 1 is the header).
    func replacing(_ file: DatasetFile, line: Int, with text: String) -> Fixture {
        var lines = files[file]!.components(separatedBy: "\n")
        lines[line - 1] = text
        var copy = self
        copy.files[file] = lines.joined(separator: "\n")
        return copy
    }

    /// Adds a row at the end of `file`.
    func appending(_ file: DatasetFile, _ row: String) -> Fixture {
        var copy = self
        copy.files[file] = files[file]! + row + "\n"
        return copy
    }

    /// Writes the files into `folder`.
    func write(to folder: TempFolder) {
        for (file, text) in files { folder.write(file.rawValue, text) }
    }

    /// Imports the files from a fresh temp folder into `base`.
    func importing(into base: Dataset = Dataset()) throws(DiagnosticsError) -> ImportResult {
        let folder = TempFolder()
        defer { folder.remove() }
        write(to: folder)
        return try DatasetReader.importDirectory(folder.path, into: base)
    }

    /// Imports one file named `name` holding `text` into `base`, as an incremental import does.
    static func importFile(_ name: String, _ text: String, into base: Dataset) throws(DiagnosticsError) -> ImportResult {
        let folder = TempFolder()
        defer { folder.remove() }
        return try DatasetReader.importFiles([folder.write(name, text)], into: base)
    }

    /// The diagnostics of a failed import (empty when it succeeded).
    func problems() -> [Diagnostic] {
        do {
            _ = try importing()
            return []
        } catch {
            return error.diagnostics
        }
    }
}
