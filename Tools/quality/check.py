#!/usr/bin/env python3
"""Independent check of a Linli roster against Docs/Rules.md: hard rules 1-13, unmet reasons, score.

    python3 Tools/quality/check.py DATASET_DIR ROSTER_DIR [--week 2026-W48] [--include-intermediary]

ROSTER_DIR holds roster.csv, unmet.csv and (optionally) summary.json as Docs/Commands.md describes.
Prints the recomputed score parts and every violation; exits 1 when there is one.
"""

import argparse
import datetime as dt
import json
import os
import sys

from rules import Week, haversine, parse_fen, parse_time, read_csv, score_parts


def expected_reason(week, v):
    """The first reason code of Docs/Rules.md that applies to an unmet visit."""
    d = v.demand
    in_reach = set()
    for p in week.points.values():
        if haversine_ok(p, v):
            in_reach |= p["ents"]
    offers = [o for e in sorted(in_reach) for o in week.offers(e, d, v.date)]
    if not offers:
        return "no_menu"
    if d["max_price_fen"] is not None and all(price > d["max_price_fen"] for _, price in offers):
        return "over_budget"
    if not v.candidates:
        return "no_qualified_worker"
    if all(week.solo_start_range(week.workers[w], v) is None for w in v.candidates):
        return "no_time"
    return "outcompeted"


def haversine_ok(point, v):
    return haversine(v.loc, point["loc"]) <= float(point["radius_m"])


def check(week, roster_dir):
    problems = []
    rows = []
    seen = set()
    for n, r in enumerate(read_csv(roster_dir, "roster.csv"), start=2):
        where = f"roster.csv:{n}"
        date = r["date"]
        key = (r["demand_id"], dt.date.fromisoformat(date))
        v = week.visit_by_key.get(key)
        if v is None:
            problems.append(f"{where}: rule 13: not a visit of {week.week}")
            continue
        if key in seen:
            problems.append(f"{where}: rule 13: visit assigned twice")
            continue
        seen.add(key)
        w = week.workers.get(r["worker_id"])
        if w is None:
            problems.append(f"{where}: unknown worker {r['worker_id']}")
            continue
        rule = week.worker_violation(w, v)
        if rule is not None:
            problems.append(f"{where}: rule {rule}: worker {w['worker_id']}")
        item = week.item_on(r["enterprise_id"], r["item_code"], v.date)
        if item is None or r["enterprise_id"] != w["enterprise_id"]:
            problems.append(f"{where}: rule 7: item {r['enterprise_id']}/{r['item_code']} not offered by the employer on {date}")
        else:
            price = week.price(item, v.minutes)
            rule = week.item_violation(w, v, item, price)
            if rule is not None:
                problems.append(f"{where}: rule {rule}: item {r['item_code']}")
            if parse_fen(r["price"]) != price:
                problems.append(f"{where}: rule 8: price {r['price']} but the item costs {price} fen")
        start, end = parse_time(r["start"]), parse_time(r["end"])
        if end - start != v.minutes:
            problems.append(f"{where}: end - start = {end - start}, demand minutes {v.minutes}")
        if start < v.window[0] or start + v.minutes > v.window[1]:
            problems.append(f"{where}: rule 10: {r['start']} outside the window")
        rows.append((v, w["worker_id"], start))

    routes = {}
    for v, wid, t in rows:
        routes.setdefault((wid, v.date), []).append((t, v))
    for (wid, date), stops in sorted(routes.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        w = week.workers[wid]
        shift = w["shifts"].get(date)
        if shift is None:
            problems.append(f"rule 11: {wid} works on rest day {date}")
            continue
        stops.sort(key=lambda s: s[0])
        t0, first = stops[0]
        if t0 - week.home_leg(w, first)[0] < shift[0]:
            problems.append(f"rule 11: {wid} {date} leaves home before the shift starts")
        tn, last = stops[-1]
        if tn + last.minutes + week.home_leg(w, last)[0] > shift[1]:
            problems.append(f"rule 11: {wid} {date} comes home after the shift ends")
        for (ta, a), (tb, b) in zip(stops, stops[1:]):
            if tb < ta + a.minutes + week.travel_between(a, b)[0]:
                problems.append(f"rule 11: {wid} {date} cannot reach {b.demand['demand_id']} at {tb} after "
                                f"{a.demand['demand_id']}")
    minutes = {}
    for v, wid, _ in rows:
        minutes[wid] = minutes.get(wid, 0) + v.minutes
    for wid, m in minutes.items():
        if m > week.workers[wid]["cap"]:
            problems.append(f"rule 12: {wid} serves {m} min > cap {week.workers[wid]['cap']}")

    unmet_seen = set()
    for n, r in enumerate(read_csv(roster_dir, "unmet.csv"), start=2):
        key = (r["demand_id"], dt.date.fromisoformat(r["date"]))
        v = week.visit_by_key.get(key)
        if v is None or key in seen or key in unmet_seen:
            problems.append(f"unmet.csv:{n}: not an unassigned visit of the week, or listed twice")
            continue
        unmet_seen.add(key)
        want = expected_reason(week, v)
        if r["reason"] != want:
            problems.append(f"unmet.csv:{n}: reason {r['reason']}, Docs/Rules.md gives {want}")
    missing = [k for k in week.visit_by_key if k not in seen and k not in unmet_seen]
    for k in missing:
        problems.append(f"visit {k[0]} {k[1]} neither on the roster nor unmet")
    return rows, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("roster")
    ap.add_argument("--week", default="2026-W48")
    ap.add_argument("--include-intermediary", action="store_true")
    a = ap.parse_args()
    week = Week(a.dataset, a.week, a.include_intermediary)
    rows, problems = check(week, a.roster)
    parts = score_parts(week, rows)
    summary_path = os.path.join(a.roster, "summary.json")
    reported = None
    if os.path.exists(summary_path):
        with open(summary_path) as f:
            reported = json.load(f).get("score")
        if reported is not None and abs(reported - parts["score"]) > 0.01:
            problems.append(f"summary.json score {reported} but the roster scores {parts['score']:.4f}")
    print(json.dumps({"visits": len(week.visits), "recomputed": parts, "reported_score": reported,
                      "violations": len(problems)}))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
