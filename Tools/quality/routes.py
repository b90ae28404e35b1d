"""Every feasible route of one (worker, day), each visit set with its shortest feasible order.

A label is (visit set, last visit, end time, metres); a label dominates another with the same set and
last visit when it ends no later and drives no farther. Extending a label starts the next visit as
early as the window and the travel allow (waiting is allowed, so earliest starts keep every later
choice open). A route is a set whose best label can still drive home inside the shift.
"""


def enumerate_routes(week, worker, date, visits):
    """{mask: (metres, [visit], [start])} over the non-empty feasible subsets of `visits` (bit k = visits[k])."""
    shift = worker["shifts"][date]
    n = len(visits)
    home = [week.home_leg(worker, v) for v in visits]
    leg = [[week.travel_between(a, b) for b in visits] for a in visits]
    labels = {}  # (mask, last) -> [(end, metres, order, starts)]
    frontier = []
    for k, v in enumerate(visits):
        t = max(v.window[0], shift[0] + home[k][0])
        if t + v.minutes <= v.window[1]:
            lab = (t + v.minutes, home[k][1], (k,), (t,))
            labels[(1 << k, k)] = [lab]
            frontier.append((1 << k, k, lab))
    while frontier:
        nxt = []
        for mask, last, (end, metres, order, starts) in frontier:
            for k in range(n):
                if mask >> k & 1:
                    continue
                v = visits[k]
                t = max(v.window[0], end + leg[last][k][0])
                if t + v.minutes > v.window[1] or t + v.minutes + home[k][0] > shift[1]:
                    continue
                lab = (t + v.minutes, metres + leg[last][k][1], order + (k,), starts + (t,))
                key = (mask | 1 << k, k)
                bucket = labels.setdefault(key, [])
                if any(e <= lab[0] and m <= lab[1] for e, m, _, _ in bucket):
                    continue
                bucket[:] = [b for b in bucket if not (lab[0] <= b[0] and lab[1] <= b[1])]
                bucket.append(lab)
                nxt.append((key[0], k, lab))
        frontier = [f for f in nxt if f[2] in labels[(f[0], f[1])]]
    routes = {}
    for (mask, last), bucket in labels.items():
        for end, metres, order, starts in bucket:
            if end + home[last][0] > shift[1]:
                continue
            total = metres + home[last][1]
            if mask not in routes or total < routes[mask][0]:
                routes[mask] = (total, [visits[k] for k in order], list(starts))
    return routes
