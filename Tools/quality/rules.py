"""Docs/Rules.md (v1.1) in plain Python, written from the spec alone, for quality measurements.

Reads a dataset folder (Docs/Dataset.md), expands one ISO week's visits, evaluates hard rules 1-9
per (visit, worker) pair, and gives the travel model and the score parts. Dev-only: never part
of the product or its tests.
"""

import csv
import datetime as dt
import math
import os
from dataclasses import dataclass, field
from decimal import Decimal

R_EARTH = 6_371_008.8
CARE = {"infant_care", "maternity_care", "elder_care", "patient_care"}
EPOCH_MONDAY = dt.date(2000, 1, 3)


def haversine(a, b):
    """Metres between two (lat, lon) points, as Docs/Rules.md defines it."""
    to_rad = math.pi / 180
    p1, p2 = a[0] * to_rad, b[0] * to_rad
    dp, dl = (b[0] - a[0]) * to_rad, (b[1] - a[1]) * to_rad
    s1, s2 = math.sin(dp / 2), math.sin(dl / 2)
    h = s1 * s1 + math.cos(p1) * math.cos(p2) * s2 * s2
    return 2 * R_EARTH * math.asin(min(1.0, math.sqrt(h)))


def travel_minutes(metres):
    return math.ceil(metres / 250.0)


def parse_time(text):
    hh, mm = text.split(":")
    return int(hh) * 60 + int(mm)


def format_time(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_date(text):
    return dt.date.fromisoformat(text) if text else None


def parse_fen(text):
    return int((Decimal(text) * 100).to_integral_exact()) if text else None


def week_monday(week):
    """'2026-W48' -> the Monday of that ISO week."""
    year, wk = week.split("-W")
    return dt.date.fromisocalendar(int(year), int(wk), 1)


def read_csv(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def id_list(text):
    return [x for x in text.split(";") if x] if text else []


@dataclass
class Visit:
    index: int
    demand: dict
    date: dt.date
    household: dict
    weight: int
    minutes: int
    window: tuple  # (earliest start, latest end) in minutes of the day
    loc: tuple
    candidates: dict = field(default_factory=dict)  # worker_id -> (item dict, price fen)


@dataclass
class WorkerDay:
    worker: dict
    date: dt.date
    shift: tuple  # (start, end)


class Week:
    """One week of a dataset: visits, shifts and the rules 1-9 candidates of each visit."""

    def __init__(self, folder, week="2026-W48", include_intermediary=False):
        self.folder = folder
        self.week = week
        self.include_intermediary = include_intermediary
        self.monday = week_monday(week)
        self.dates = [self.monday + dt.timedelta(days=i) for i in range(7)]
        self.points = {r["point_id"]: r for r in read_csv(folder, "service_points.csv")}
        self.enterprises = {r["enterprise_id"]: r for r in read_csv(folder, "enterprises.csv")}
        self.workers = {r["worker_id"]: r for r in read_csv(folder, "workers.csv")}
        self.households = {r["household_id"]: r for r in read_csv(folder, "households.csv")}
        self.demands = {r["demand_id"]: r for r in read_csv(folder, "demands.csv")}
        self._read_menu()
        self._read_shifts()
        for w in self.workers.values():
            w["home"] = (float(w["home_lat"]), float(w["home_lon"]))
            w["skill_map"] = {}
            for s in id_list(w["skills"]):
                cat, level = s.split(":")
                w["skill_map"][cat] = int(level)
            w["cap"] = int(w["max_week_minutes"]) if w.get("max_week_minutes") else 2640
            w["cert"] = parse_date(w.get("certificate_until", ""))
            w["hc"] = parse_date(w.get("health_checked_on", ""))
            w["tr"] = parse_date(w.get("trained_on", ""))
        for p in self.points.values():
            p["loc"] = (float(p["lat"]), float(p["lon"]))
            p["ents"] = set(id_list(p["enterprise_ids"]))
        for h in self.households.values():
            h["loc"] = (float(h["lat"]), float(h["lon"]))
        self._expand_visits()
        for v in self.visits:
            for w in self.workers.values():
                ok = self.qualifies(v, w)
                if ok is not None:
                    v.candidates[w["worker_id"]] = ok

    # ---- input -------------------------------------------------------------------------------

    def _read_menu(self):
        self.items = {}  # (enterprise, code) -> versions sorted by effective_from
        self.codes_by_enterprise = {}
        for r in read_csv(self.folder, "menu.csv"):
            r["eff"] = parse_date(r.get("effective_from", ""))
            r["price_fen"] = parse_fen(r["price"])
            r["min_minutes_i"] = int(r["min_minutes"])
            r["skill_level_i"] = int(r["skill_level"])
            self.items.setdefault((r["enterprise_id"], r["item_code"]), []).append(r)
            self.codes_by_enterprise.setdefault(r["enterprise_id"], set()).add(r["item_code"])
        for versions in self.items.values():
            versions.sort(key=lambda r: r["eff"] or dt.date.min)

    def item_on(self, enterprise, code, date):
        """The version of an item in effect on `date`, or None."""
        current = None
        for r in self.items.get((enterprise, code), []):
            if (r["eff"] or dt.date.min) <= date:
                current = r
        return current

    def _read_shifts(self):
        self.patterns = {}
        for r in read_csv(self.folder, "shift_patterns.csv"):
            p = self.patterns.setdefault(r["pattern_id"], {"rows": {}, "length": 0})
            cw = int(r["cycle_week"])
            p["rows"][(cw, int(r["weekday"]))] = (parse_time(r["start"]), parse_time(r["end"]))
            p["length"] = max(p["length"], cw + 1)
        n = (self.monday - EPOCH_MONDAY).days // 7
        for w in self.workers.values():
            p = self.patterns.get(w["shift_pattern"])
            offset = int(w["rotation_offset"]) if w.get("rotation_offset") else 0
            w["shifts"] = {}
            if p and p["length"]:
                cw = (n + offset) % p["length"]
                for date in self.dates:
                    s = p["rows"].get((cw, date.isoweekday()))
                    if s:
                        w["shifts"][date] = s

    def _expand_visits(self):
        self.visits = []
        for d in self.demands.values():
            d["minutes_i"] = int(d["minutes"])
            d["max_price_fen"] = parse_fen(d.get("max_price", ""))
            if d["recurrence"] == "weekly":
                lo, hi = parse_date(d.get("active_from", "")), parse_date(d.get("active_until", ""))
                days = [self.monday + dt.timedelta(days=int(x) - 1) for x in id_list(d["weekdays"])]
                days = [D for D in days if (lo is None or D >= lo) and (hi is None or D <= hi)]
            else:
                D = parse_date(d["date"])
                days = [D] if self.monday <= D <= self.dates[-1] else []
            h = self.households[d["household_id"]]
            weight = 1 if h["priority_group"] == "none" else 2
            for D in sorted(days):
                self.visits.append(Visit(len(self.visits), d, D, h, weight, d["minutes_i"],
                                         (parse_time(d["window_start"]), parse_time(d["window_end"])),
                                         (float(h["lat"]), float(h["lon"]))))
        self.visit_by_key = {(v.demand["demand_id"], v.date): v for v in self.visits}

    # ---- rules 1-9 -----------------------------------------------------------------------------

    @staticmethod
    def price(item, minutes):
        if item["unit"] == "hour":
            return (item["price_fen"] * minutes + 30) // 60
        return item["price_fen"]

    @staticmethod
    def mode_admits(item_mode, demand_mode):
        return item_mode == "both" or item_mode == demand_mode

    def offers(self, enterprise, demand, date):
        """Items of rule 7 without the skill check: (item version, price)."""
        out = []
        for code in sorted(self.codes_by_enterprise.get(enterprise, ())):
            it = self.item_on(enterprise, code, date)
            if it is None or it["category"] != demand["category"]:
                continue
            if not self.mode_admits(it["mode"], demand["mode"]) or demand["minutes_i"] < it["min_minutes_i"]:
                continue
            out.append((it, self.price(it, demand["minutes_i"])))
        return out

    def worker_violation(self, w, v):
        """The first of rules 1-6 and 9 that `w` breaks for visit `v` (ignoring the item), or None."""
        D, d = v.date, v.demand
        e = self.enterprises.get(w["enterprise_id"])
        if w["employment"] != "employee" and not self.include_intermediary:
            return 1
        if w["credit"] == "dishonest" or e is None or e["credit"] == "dishonest":
            return 2
        cert = w["cert"]
        if cert is None or cert < D:
            return 3
        hc = w["hc"]
        if hc is None or not (0 <= (D - hc).days <= 364):
            return 4
        if d["category"] in CARE and w["health_scope"] != "enhanced":
            return 4
        tr = w["tr"]
        if tr is None or not (0 <= (D - tr).days <= 729):
            return 5
        if d["category"] not in w["skill_map"]:
            return 6
        p = self.points.get(w["point_id"])
        if p is None or haversine(v.loc, p["loc"]) > float(p["radius_m"]) or w["enterprise_id"] not in p["ents"]:
            return 9
        return None

    def item_violation(self, w, v, item, price):
        """The first of rules 6-8 that (w, item, price) breaks for `v`, or None."""
        d = v.demand
        if w["skill_map"].get(d["category"], 0) < item["skill_level_i"]:
            return 6
        if item["enterprise_id"] != w["enterprise_id"] or item["category"] != d["category"]:
            return 7
        if not self.mode_admits(item["mode"], d["mode"]) or d["minutes_i"] < item["min_minutes_i"]:
            return 7
        if d["max_price_fen"] is not None and price > d["max_price_fen"]:
            return 8
        return None

    def qualifies(self, v, w):
        """(item, price) with the lowest price when `w` passes rules 1-9 for `v`, else None."""
        if self.worker_violation(w, v) is not None:
            return None
        best = None
        for it, price in self.offers(w["enterprise_id"], v.demand, v.date):
            if self.item_violation(w, v, it, price) is None and (best is None or price < best[1]):
                best = (it, price)
        return best

    # ---- time -------------------------------------------------------------------------------------

    def travel_between(self, a, b):
        """Travel minutes and metres between two visits (0 at one household)."""
        if a.household["household_id"] == b.household["household_id"]:
            return 0, 0.0
        m = haversine(a.loc, b.loc)
        return travel_minutes(m), m

    def home_leg(self, w, v):
        m = haversine(w["home"], v.loc)
        return travel_minutes(m), m

    def solo_start_range(self, w, v):
        """Start times [lo, hi] at which `w` can serve `v` alone that day, or None (rules 10-12)."""
        shift = w["shifts"].get(v.date)
        if shift is None or v.minutes > w["cap"]:
            return None
        t, _ = self.home_leg(w, v)
        lo = max(v.window[0], shift[0] + t)
        hi = min(v.window[1] - v.minutes, shift[1] - t - v.minutes)
        return (lo, hi) if lo <= hi else None


def score_parts(week, rows):
    """Score parts of Docs/Rules.md for roster rows [(visit, worker_id, start)] (validity not checked)."""
    weighted = sum(v.weight * v.minutes for v, _, _ in rows)
    pref = sum(1 for v, w, _ in rows if v.demand.get("preferred_worker_id") == w)
    metres = 0.0
    routes = {}
    for v, w, t in rows:
        routes.setdefault((w, v.date), []).append((t, v))
    for (w, _), stops in routes.items():
        stops.sort(key=lambda s: s[0])
        worker = week.workers[w]
        metres += week.home_leg(worker, stops[0][1])[1] + week.home_leg(worker, stops[-1][1])[1]
        for (_, a), (_, b) in zip(stops, stops[1:]):
            metres += week.travel_between(a, b)[1]
    by_demand = {}
    for v, w, _ in rows:
        by_demand.setdefault(v.demand["demand_id"], []).append(w)
    visits_per_demand = {}
    for v in week.visits:
        visits_per_demand[v.demand["demand_id"]] = visits_per_demand.get(v.demand["demand_id"], 0) + 1
    continuity = 0
    for did, ws in by_demand.items():
        d = week.demands[did]
        if d["recurrence"] == "weekly" and len(ws) == visits_per_demand[did] and len(set(ws)) == 1:
            continuity += 1
    km = metres / 1000.0
    score = weighted - 2 * km + 60 * continuity + 30 * pref
    return {"score": score, "weighted_minutes": weighted, "route_km": km,
            "continuity_demands": continuity, "preferred_visits": pref, "assigned_visits": len(rows)}
