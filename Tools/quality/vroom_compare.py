#!/usr/bin/env python3
"""The week as a VRP with time windows, solved by VROOM (pyvroom), scored by Docs/Rules.md.

    python3 Tools/quality/vroom_compare.py DATASET_DIR --out DIR [--week 2026-W48]
            [--exploration 5] [--threads 2] [--timeout SECONDS]

One vehicle per (worker, working day): start and end at home, its shift as time window (days laid
end to end on one clock, so a vehicle only reaches the jobs of its day). Jobs are the visits that at
least one worker passes rules 1-9 for and could serve alone: service = minutes, time window = the
latest start that still ends inside the demand's window. Skills: one skill per distinct candidate-worker
set; a job needs its set's skill, a vehicle of worker w has the skills of every set holding w.
Priority = weight x minutes / 5 (exact: minutes are multiples of 30, and <= 96), which VROOM maximises
before it minimises cost; costs = metres, durations = travel minutes x 60 s (0 at one household).

Not modelled in VROOM: the week cap (rule 12: it spans vehicles), continuity and preferred workers
(score bonuses only). The cap is restored afterwards by dropping the least valuable visits of a worker
over it (dropping a stop keeps a route feasible: travel obeys the triangle inequality). The roster is
written to DIR (roster.csv, unmet.csv) so check.py validates and scores it.
"""

import argparse
import json
import time
from datetime import timedelta

import numpy as np
import vroom

from exact import candidate_slots, write_roster
from rules import Week, haversine, travel_minutes, score_parts

DAY = 86400


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--out", required=True)
    ap.add_argument("--week", default="2026-W48")
    ap.add_argument("--exploration", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--timeout", type=float)
    a = ap.parse_args()
    week = Week(a.dataset, a.week)
    slots = candidate_slots(week)
    servable = {}
    for (wid, _), visits in slots.items():
        for v in visits:
            servable.setdefault(v.index, set()).add(wid)

    locations = []  # (lat, lon, household id or None)
    loc_index = {}

    def location(key, latlon):
        if key not in loc_index:
            loc_index[key] = len(locations)
            locations.append((latlon, key))
        return loc_index[key]

    problem = vroom.Input()
    skill_of = {}
    jobs = {}
    for vi, workers in sorted(servable.items()):
        v = week.visits[vi]
        day = (v.date - week.monday).days * DAY
        skill = skill_of.setdefault(frozenset(workers), len(skill_of) + 1)
        loc = location(("h", v.household["household_id"]), v.loc)
        jobs[vi] = v
        problem.add_job(vroom.Job(
            vi, loc, default_service=v.minutes * 60, skills={skill}, priority=v.weight * v.minutes // 5,
            time_windows=[vroom.TimeWindow(day + v.window[0] * 60, day + (v.window[1] - v.minutes) * 60)]))
    vehicles = {}
    worker_skills = {}
    for workers, skill in skill_of.items():
        for wid in workers:
            worker_skills.setdefault(wid, set()).add(skill)
    for (wid, date) in slots:
        w = week.workers[wid]
        shift = w["shifts"][date]
        day = (date - week.monday).days * DAY
        home = location(("w", wid), w["home"])
        vid = len(vehicles)
        vehicles[vid] = (wid, date)
        problem.add_vehicle(vroom.Vehicle(
            vid, start=home, end=home, skills=worker_skills[wid],
            time_window=vroom.TimeWindow(day + shift[0] * 60, day + shift[1] * 60)))
    n = len(locations)
    durations = np.zeros((n, n), dtype=np.uint32)
    costs = np.zeros((n, n), dtype=np.uint32)
    for i, (pi, ki) in enumerate(locations):
        for j, (pj, kj) in enumerate(locations):
            if i != j and ki != kj:
                m = haversine(pi, pj)
                durations[i, j] = travel_minutes(m) * 60
                costs[i, j] = round(m)
    problem.set_durations_matrix("car", durations)
    problem.set_costs_matrix("car", costs)
    t0 = time.time()
    kwargs = {"timeout": timedelta(seconds=a.timeout)} if a.timeout else {}
    solution = problem.solve(exploration_level=a.exploration, nb_threads=a.threads, **kwargs)
    seconds = time.time() - t0

    routes = solution.routes
    jobs_only = routes[routes["type"] == "job"]
    rows = []
    for _, r in jobs_only.iterrows():
        wid, date = vehicles[int(r["vehicle_id"])]
        v = jobs[int(r["id"])]
        day = (date - week.monday).days * DAY
        rows.append((v, wid, (int(r["arrival"]) + int(r["waiting_time"]) - day) // 60))
    uncapped = score_parts(week, rows)
    rows, dropped = enforce_cap(week, rows)
    write_roster(week, rows, a.out)
    print(json.dumps({"dataset": a.dataset, "visits": len(week.visits), "jobs": len(jobs),
                      "vehicles": len(vehicles), "skills": len(skill_of), "seconds": round(seconds, 1),
                      "score_without_cap": uncapped["score"], "dropped_for_cap": dropped,
                      "score": score_parts(week, rows)}))


def enforce_cap(week, rows):
    """Drops visits of each over-cap worker, lowest weight first: the shortest that ends the excess, else the longest."""
    by_worker = {}
    for row in rows:
        by_worker.setdefault(row[1], []).append(row)
    kept, dropped = [], 0
    for wid, mine in by_worker.items():
        excess = sum(r[0].minutes for r in mine) - week.workers[wid]["cap"]
        while excess > 0:
            light = [r for r in mine if r[0].weight == min(x[0].weight for x in mine)]
            enough = [r for r in light if r[0].minutes >= excess]
            victim = min(enough, key=lambda r: r[0].minutes) if enough else max(light, key=lambda r: r[0].minutes)
            mine.remove(victim)
            excess -= victim[0].minutes
            dropped += 1
        kept += mine
    return kept, dropped


if __name__ == "__main__":
    main()
