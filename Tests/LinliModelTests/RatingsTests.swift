import LinliModel
import Testing

@Suite struct RatingsTests {
    static let day = Day(year: 2026, month: 11, day: 23)!

    /// `count` evaluations of `worker` by the stars in `stars`, cycled.
    static func evaluations(_ worker: String, _ stars: [Int], count: Int, from first: Int = 0) -> [ServiceRecord] {
        (0..<count).map { i in
            ServiceRecord(
                demandID: "D\(first + i)", date: day, workerID: worker, status: .done, started: TimeOfDay(minutes: 480),
                ended: TimeOfDay(minutes: 540), price: Fen(5000), stars: stars[i % stars.count])
        }
    }

    static func dataset(_ records: [ServiceRecord]) -> Dataset {
        let workers = Set(records.map(\.workerID)).sorted().map { id in
            Worker(
                id: id, enterpriseID: id == "NEW" || id == "OLD" ? "E\(id)" : "E9", employment: .employee, name: id,
                home: GeoPoint(lat: 30, lon: 120), pointID: "P1", skills: [], certificateUntil: nil,
                healthCheckedOn: day, healthScope: .basic, trainedOn: day, credit: .good, shiftPatternID: "A")
        }
        return Dataset(workers: workers, serviceRecords: records)
    }

    /// Fifty evaluations averaging 4.8 (forty 5s, ten 4s) for OLD, three 5s for NEW, plus `others`
    /// evaluations of 5 stars by other workers that lift the district's mean.
    static func contest(others: Int) -> Ratings {
        let old = evaluations("OLD", [5, 5, 5, 5, 4], count: 50)
        let new = evaluations("NEW", [5], count: 3, from: 100)
        let rest = evaluations("X", [5], count: others, from: 200)
        return Ratings(dataset: dataset(old + new + rest))
    }

    @Test(arguments: [0, 10, 1000])
    func threeFiveStarReviewsDoNotBeatFiftyFourPointEights(others: Int) {
        let ratings = Self.contest(others: others)
        #expect(ratings.worker("OLD").evaluations == 50)
        #expect(ratings.worker("NEW").evaluations == 3)
        #expect(ratings.worker("NEW").value < ratings.worker("OLD").value)
        #expect(ratings.enterprise("ENEW").value < ratings.enterprise("EOLD").value)
    }

    @Test func theRatingIsTheBayesianAverageWithTheDistrictPrior() {
        let records = Self.evaluations("A", [4], count: 2) + Self.evaluations("B", [2], count: 2, from: 10)
        let ratings = Ratings(dataset: Self.dataset(records))
        #expect(ratings.priorMean == 3)
        let a: Double = (10 * 3 + 8) / 12
        #expect(ratings.worker("A").value == a)
        #expect(ratings.worker("NOBODY") == Ratings.Score(value: 3, evaluations: 0))
        let e9: Double = (10 * 3 + 12) / 14
        #expect(ratings.enterprise("E9").value == e9)
    }

    @Test func thePriorIsCappedAndDefaults() {
        #expect(Ratings(dataset: Dataset()).priorMean == Ratings.priorCap)
        #expect(Ratings(dataset: Self.dataset(Self.evaluations("A", [5], count: 20))).priorMean == Ratings.priorCap)
    }

    @Test func recordsWithoutStarsDoNotCount() {
        var records = Self.evaluations("A", [4], count: 3)
        records[0].stars = nil
        #expect(Ratings(dataset: Self.dataset(records)).worker("A").evaluations == 2)
    }
}
