import Foundation
import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// `linli credit review`: the workers and enterprises whose serious complaints or no-shows in
    /// `window` (every stored record when nil) reach the thresholds of ``CreditReview``. Changes nothing.
    public func creditReview(window: ReviewWindow?) throws -> CreditReview {
        let dataset = try loadDataset(from: existingDatabase())
        let dates = dataset.serviceRecords.map(\.date)
        let from = window?.from ?? dates.min() ?? Day(ordinal: 0)
        let until = window?.until ?? dates.max() ?? from
        return CreditReview(dataset: dataset, from: from, until: until)
    }

    /// `linli credit set`: sets the credit of a worker or an enterprise and writes the audit row, in one
    /// transaction. Later runs apply rule 2 with the new credit.
    /// - Throws: `KitError.badText` when the reason or the person is not one line of text (nothing stored);
    ///   `KitError.unknownWorker` / `.unknownEnterprise` when the id is not stored.
    public func setCredit(
        of subject: CreditChange.Subject, id: String, to credit: Credit, reason: String, by person: String
    ) throws -> CreditChange {
        for (option, text) in [("--reason", reason), ("--by", person)] where !OneLineText.isValid(text) {
            throw KitError.badText(option: option, format: OneLineText.format)
        }
        let database = try existingDatabase()
        guard let change = try database.setCredit(of: subject, id: id, to: credit, reason: reason, by: person) else {
            throw subject == .worker ? KitError.unknownWorker(id) : KitError.unknownEnterprise(id)
        }
        return change
    }

    /// `linli credit log`: every audited credit change, oldest first, one line each.
    public func creditLogLines() throws -> [String] {
        let changes = try existingDatabase().creditChanges()
        guard !changes.isEmpty else { return ["no credit changes recorded"] }
        let header = ["when", "who", "subject", "id", "before", "after", "reason"]
        return Format.table([header] + changes.map {
            [$0.changedAt.formatted(.iso8601), $0.changedBy, $0.subject.rawValue, $0.subjectID, $0.before.rawValue,
             $0.after.rawValue, $0.reason]
        })
    }
}
