import Foundation
import LinliModel

/// One audited change of a worker's or an enterprise's credit status: who, when, what and why.
public struct CreditChange: Hashable, Sendable {
    /// Whose credit changed.
    public enum Subject: String, CaseIterable, Hashable, Sendable {
        case worker, enterprise
    }

    public var subject: Subject
    public var subjectID: String
    public var before: Credit
    public var after: Credit
    public var reason: String
    public var changedBy: String
    public var changedAt: Date

    public init(
        subject: Subject, subjectID: String, before: Credit, after: Credit, reason: String, changedBy: String,
        changedAt: Date
    ) {
        self.subject = subject
        self.subjectID = subjectID
        self.before = before
        self.after = after
        self.reason = reason
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}
