#!/usr/bin/env python3
"""Exact optimum of Docs/Rules.md for one week (or a proven bound on it), with OR-tools.

    python3 Tools/quality/exact.py DATASET_DIR [--week 2026-W48] [--model routes|circuit]
            [--solver SCIP|HIGHS|CP-SAT] [--time-limit 120] [--workers 2] [--hint ROSTER_DIR] [--out DIR]

Both models are written from Docs/Rules.md alone. A visit may go to a worker who passes rules 1-9
(cheapest admissible item) and could serve it alone (rules 10-12). Objective, x1000 in integers:
sum 1000*weight*minutes*x - floor(2*metres)*leg + 60000*continuity + 30000*preferred, with
continuity_d = sum_w y[d,w] and y[d,w] <= x[v,w] for every visit v of weekly demand d. Leg costs are
floored, so the objective over-estimates a roster's score by < 0.001 per route and the bound is a
true upper bound; the incumbent's score is recomputed exactly with rules.score_parts.

`--model routes` (default): every feasible route of each (worker, working day) is enumerated
(routes.py: each visit set with its shortest feasible order) and a MIP (SCIP by default, through
pywraplp) picks at most one route per (worker, day), each visit at most once, within the week cap.
Its LP relaxation is a set packing that is nearly integral here, so it proves optimality quickly.

`--model circuit` (CP-SAT only): for each (worker, working day) an AddCircuit over home and the
candidate visits, self-loops for skipped visits, start times in the windows, arc =>
start_j >= start_i + minutes_i + travel(i, j), home legs inside the shift. Same optimum, but its
bound is weak (tiny seed 1: 15,956 after 120 s against a 12,333 optimum), so use it as a cross-check.

`--hint` warm-starts from a roster (e.g. Linli's); it changes nothing about the bound. `--out` writes
the best roster as roster.csv/unmet.csv so that check.py can verify it.
"""

import argparse
import csv
import datetime as dt
import json
import math
import os
import time

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from check import expected_reason
from routes import enumerate_routes
from rules import Week, format_time, parse_time, read_csv, score_parts


def candidate_slots(week):
    """(worker, date) -> the visits that worker could serve alone that day."""
    slots = {}
    for v in week.visits:
        for wid in v.candidates:
            if week.solo_start_range(week.workers[wid], v) is not None:
                slots.setdefault((wid, v.date), []).append(v)
    return dict(sorted(slots.items(), key=lambda kv: (kv[0][0], kv[0][1])))


def add_continuity(m, week, x, objective):
    """CP-SAT: y[d,w] => x[v,w] for every visit v of weekly demand d; 60000 * y in the objective."""
    continuity = {}
    for did, wid, vs in continuity_pairs(week, x):
        y = m.NewBoolVar(f"y{did}_{wid}")
        for v in vs:
            m.AddImplication(y, x[(v.index, wid)])
        continuity[(did, wid)] = (y, vs)
        objective.append(60000 * y)
    return continuity


def add_cap(m, week, x):
    """CP-SAT: the week cap of every worker whose candidate minutes exceed it."""
    by_worker = {}
    for (vi, wid), e in x.items():
        by_worker.setdefault(wid, []).append((week.visits[vi].minutes, e))
    for wid, terms in by_worker.items():
        cap = week.workers[wid]["cap"]
        if sum(mins for mins, _ in terms) > cap:
            m.Add(sum(mins * e for mins, e in terms) <= cap)


def build_routes(week, solver_name):
    """Set-packing MIP over enumerated routes (pywraplp). Returns the solver, a decoder and a hinter."""
    m = pywraplp.Solver.CreateSolver(solver_name)
    objective = m.Objective()
    routes = []  # (variable, worker, visits, starts)
    per_visit = {}
    x_terms = {}
    for (wid, date), visits in candidate_slots(week).items():
        slot = m.Constraint(0, 1)
        for mask, (metres, order, starts) in enumerate_routes(week, week.workers[wid], date, visits).items():
            var = m.BoolVar(f"r{wid}_{date}_{mask}")
            slot.SetCoefficient(var, 1)
            routes.append((var, wid, order, starts))
            value = sum(1000 * v.weight * v.minutes + (30000 if v.demand.get("preferred_worker_id") == wid else 0)
                        for v in order) - math.floor(2 * metres)
            objective.SetCoefficient(var, value)
            for v in order:
                per_visit.setdefault(v.index, []).append(var)
                x_terms.setdefault((v.index, wid), []).append(var)
    for vars_ in per_visit.values():
        if len(vars_) > 1:
            once = m.Constraint(0, 1)
            for var in vars_:
                once.SetCoefficient(var, 1)
    by_worker = {}
    for (vi, wid), vars_ in x_terms.items():
        by_worker.setdefault(wid, []).extend((week.visits[vi].minutes, var) for var in vars_)
    for wid, terms in by_worker.items():
        cap = week.workers[wid]["cap"]
        if sum(mins for mins, _ in terms) > cap:
            row = m.Constraint(0, cap)
            for mins, var in terms:
                row.SetCoefficient(var, row.GetCoefficient(var) + mins)
    continuity = {}
    for did, wid, vs in continuity_pairs(week, x_terms):
        y = m.BoolVar(f"y{did}_{wid}")
        objective.SetCoefficient(y, 60000)
        for v in vs:
            row = m.Constraint(-m.infinity(), 0)
            row.SetCoefficient(y, 1)
            for var in x_terms[(v.index, wid)]:
                row.SetCoefficient(var, -1)
        continuity[(did, wid)] = (y, vs)
    objective.SetMaximization()

    def decode(value):
        return [(v, wid, t) for var, wid, order, starts in routes if value(var) > 0.5 for v, t in zip(order, starts)]

    def hint(chosen_routes):
        chosen = {k: frozenset(vi for _, vi in order) for k, order in chosen_routes.items()}
        variables, values = [], []
        for var, wid, order, _ in routes:
            variables.append(var)
            values.append(float(chosen.get((wid, order[0].date)) == frozenset(v.index for v in order)))
        for (did, wid), (y, vs) in continuity.items():
            variables.append(y)
            values.append(float(all(v.index in chosen.get((wid, v.date), ()) for v in vs)))
        m.SetHint(variables, values)

    return m, decode, hint, {"routes": len(routes), "pairs": len(x_terms)}


def continuity_pairs(week, x_keys):
    """(demand, worker, visits) for each weekly demand and each worker who is a candidate for all its visits."""
    by_demand = {}
    for v in week.visits:
        by_demand.setdefault(v.demand["demand_id"], []).append(v)
    workers_of = {}
    for (vi, wid) in x_keys:
        workers_of.setdefault(vi, set()).add(wid)
    for did, vs in by_demand.items():
        if week.demands[did]["recurrence"] == "weekly":
            for wid in sorted(set.intersection(*(workers_of.get(v.index, set()) for v in vs))):
                yield did, wid, vs


def build_circuit(week):
    """Circuit model: one AddCircuit per (worker, day) over home and the candidate visits."""
    m = cp_model.CpModel()
    start = {v.index: m.NewIntVar(v.window[0], max(v.window[0], v.window[1] - v.minutes), f"s{v.index}")
             for v in week.visits}
    x = {}  # (visit, worker) -> literal
    arcs = {}  # (worker, date, i, j) -> literal, i/j visit index or -1 for home
    objective = []
    for (wid, date), visits in candidate_slots(week).items():
        w = week.workers[wid]
        shift = w["shifts"][date]
        node = {v.index: k + 1 for k, v in enumerate(visits)}
        triples = [(0, 0, m.NewBoolVar(f"empty_{wid}_{date}"))]
        for v in visits:
            lit = m.NewBoolVar(f"x{v.index}_{wid}")
            x[(v.index, wid)] = lit
            triples.append((node[v.index], node[v.index], lit.Not()))
            objective.append((1000 * v.weight * v.minutes + (30000 if v.demand.get("preferred_worker_id") == wid else 0))
                             * lit)
            t, metres = week.home_leg(w, v)
            out_arc, in_arc = m.NewBoolVar(f"h{wid}_{v.index}"), m.NewBoolVar(f"{v.index}_h{wid}")
            triples += [(0, node[v.index], out_arc), (node[v.index], 0, in_arc)]
            m.Add(start[v.index] >= shift[0] + t).OnlyEnforceIf(out_arc)
            m.Add(start[v.index] + v.minutes + t <= shift[1]).OnlyEnforceIf(in_arc)
            objective += [-math.floor(2 * metres) * out_arc, -math.floor(2 * metres) * in_arc]
            arcs[(wid, date, -1, v.index)] = out_arc
            arcs[(wid, date, v.index, -1)] = in_arc
        for a in visits:
            ra = week.solo_start_range(w, a)
            for b in visits:
                t, metres = week.travel_between(a, b)
                if a is b or ra[0] + a.minutes + t > week.solo_start_range(w, b)[1]:
                    continue
                lit = m.NewBoolVar(f"a{a.index}_{b.index}_{wid}")
                triples.append((node[a.index], node[b.index], lit))
                m.Add(start[b.index] >= start[a.index] + a.minutes + t).OnlyEnforceIf(lit)
                objective.append(-math.floor(2 * metres) * lit)
                arcs[(wid, date, a.index, b.index)] = lit
        m.AddCircuit(triples)
    by_visit = {}
    for (vi, _), lit in x.items():
        by_visit.setdefault(vi, []).append(lit)
    for lits in by_visit.values():
        if len(lits) > 1:
            m.AddAtMostOne(lits)
    add_cap(m, week, x)
    continuity = add_continuity(m, week, x, objective)
    m.Maximize(sum(objective))

    def decode(value):
        return [(week.visits[vi], wid, value(start[vi])) for (vi, wid), lit in x.items() if value(lit)]

    def hint(chosen_routes):
        served = {}
        used = set()
        for (wid, date), order in chosen_routes.items():
            seq = [-1] + [vi for _, vi in order] + [-1]
            used |= {(wid, date, a, b) for a, b in zip(seq, seq[1:])}
            for t, vi in order:
                served[vi] = wid
                m.AddHint(start[vi], t)
        for (vi, wid), lit in x.items():
            m.AddHint(lit, served.get(vi) == wid)
        for key, lit in arcs.items():
            m.AddHint(lit, key in used)
        for (did, wid), (y, vs) in continuity.items():
            m.AddHint(y, all(served.get(v.index) == wid for v in vs))

    return m, decode, hint, {"pairs": len(x), "arcs": len(arcs)}


def roster_routes(week, roster_dir):
    """(worker, date) -> [(start, visit index)] in start order, from a roster.csv."""
    out = {}
    for r in read_csv(roster_dir, "roster.csv"):
        v = week.visit_by_key.get((r["demand_id"], dt.date.fromisoformat(r["date"])))
        if v is not None:
            out.setdefault((r["worker_id"], v.date), []).append((parse_time(r["start"]), v.index))
    return {k: sorted(stops) for k, stops in out.items()}


def write_roster(week, rows, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "roster.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["demand_id", "date", "start", "end", "worker_id", "enterprise_id", "item_code", "price"])
        for v, wid, t in sorted(rows, key=lambda r: (r[0].demand["demand_id"], r[0].date)):
            item, price = v.candidates[wid]
            wr.writerow([v.demand["demand_id"], v.date.isoformat(), format_time(t), format_time(t + v.minutes),
                         wid, item["enterprise_id"], item["item_code"], f"{price // 100}.{price % 100:02d}"])
    served = {v.index for v, _, _ in rows}
    with open(os.path.join(out, "unmet.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["demand_id", "date", "reason"])
        for v in week.visits:
            if v.index not in served:
                wr.writerow([v.demand["demand_id"], v.date.isoformat(), expected_reason(week, v)])


def solve_mip(a, week):
    m, decode, hint, size = build_routes(week, a.solver)
    if a.hint:
        hint(roster_routes(week, a.hint))
    m.SetTimeLimit(int(a.time_limit * 1000))
    if a.solver != "SCIP":  # concurrent SCIP in OR-tools 9.15 stops early with status unknown
        m.SetNumThreads(a.workers)
    if a.log:
        m.EnableOutput()
    params = pywraplp.MPSolverParameters()
    params.SetDoubleParam(params.RELATIVE_MIP_GAP, 0.0)
    status = m.Solve(params)
    names = {pywraplp.Solver.OPTIMAL: "OPTIMAL", pywraplp.Solver.FEASIBLE: "FEASIBLE"}
    out = {**size, "status": names.get(status, str(status)), "bound": m.Objective().BestBound() / 1000}
    if status in names:
        out["objective"] = m.Objective().Value() / 1000
        return out, decode(lambda var: var.solution_value())
    return out, None


def solve_circuit(a, week):
    m, decode, hint, size = build_circuit(week)
    if a.hint:
        hint(roster_routes(week, a.hint))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = a.time_limit
    solver.parameters.num_workers = a.workers
    solver.parameters.log_search_progress = a.log
    status = solver.Solve(m)
    out = {**size, "status": solver.StatusName(status), "bound": solver.BestObjectiveBound() / 1000}
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        out["objective"] = solver.ObjectiveValue() / 1000
        return out, decode(solver.Value)
    return out, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--week", default="2026-W48")
    ap.add_argument("--model", choices=["routes", "circuit"], default="routes")
    ap.add_argument("--solver", default="SCIP", help="pywraplp backend of the routes model")
    ap.add_argument("--time-limit", type=float, default=120)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--hint")
    ap.add_argument("--out")
    ap.add_argument("--log", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    week = Week(a.dataset, a.week)
    out, rows = (solve_mip if a.model == "routes" else solve_circuit)(a, week)
    result = {"dataset": a.dataset, "model": a.model, "visits": len(week.visits), **out,
              "seconds": round(time.time() - t0, 1)}
    if rows is not None:
        result["incumbent"] = score_parts(week, rows)
        if a.out:
            write_roster(week, rows, a.out)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
