/// One page of a long list shown ``size`` entries at a time: the page a `page=` query item asks for, clamped to the
/// pages there are (a missing, unreadable or too small number is the first page, too large a number the last),
/// and the entries it holds.
struct PageWindow: Equatable {
    /// The page shown, from 1.
    let number: Int
    /// How many pages there are (at least 1, even for an empty list).
    let count: Int
    /// The indices of the entries on this page.
    let range: Range<Int>

    init(requested: String?, total: Int, size: Int) {
        count = max(1, (total + size - 1) / size)
        number = min(max(1, requested.flatMap { Int($0) } ?? 1), count)
        range = ((number - 1) * size)..<min(number * size, total)
    }

    /// The page before this one, if any.
    var previous: Int? { number > 1 ? number - 1 : nil }
    /// The page after this one, if any.
    var next: Int? { number < count ? number + 1 : nil }

    /// What ``PagerPartial`` shows: this page's number, how many there are, and links to the pages either side,
    /// each `base` followed by `&page=N`; nil when the list fits on one page.
    func pager(linkingTo base: String) -> [String: Any]? {
        guard count > 1 else { return nil }
        var data: [String: Any] = ["page": number, "pages": count]
        if let previous { data["previous"] = "\(base)&page=\(previous)" }
        if let next { data["next"] = "\(base)&page=\(next)" }
        return data
    }
}
