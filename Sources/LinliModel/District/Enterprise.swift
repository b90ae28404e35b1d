/// A household-service enterprise (家政企业).
public struct Enterprise: Hashable, Sendable {
    public var id: String
    public var name: String
    public var model: EnterpriseModel
    public var credit: Credit
    /// Consumer rating 0.0-5.0.
    public var rating: Double?

    public init(id: String, name: String, model: EnterpriseModel, credit: Credit, rating: Double? = nil) {
        self.id = id
        self.name = name
        self.model = model
        self.credit = credit
        self.rating = rating
    }
}
