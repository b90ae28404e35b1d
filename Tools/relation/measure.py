#!/usr/bin/env python3
"""Stable relationships week to week: for each tier, generate (seed 1) and import into two databases, then
roster 2026-W48, W49, W50 and W51 in turn in each, one with continuity (the default) and one with
--no-continuity, and print per week the relationship rate of both and the rest of the score (score less
the relationship term) against the score of the same week without continuity (dev-only).

Usage (from anywhere):  python3 Tools/relation/measure.py [tier ...]   (default: medium large)
Environment: LINLI (the linli to use, default .build-release/release/linli), WORK (scratch folder, default
a temp folder), TIME_LIMIT (default 2). Runs set LINLI_NO_DEADLINE=1 so the work budget alone ends each
search and the figures repeat on a busy machine.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WEEKS = ["2026-W48", "2026-W49", "2026-W50", "2026-W51"]
LINLI = os.environ.get("LINLI", os.path.join(ROOT, ".build-release", "release", "linli"))
TIME_LIMIT = os.environ.get("TIME_LIMIT", "2")


def run(*args):
    env = dict(os.environ, LINLI_NO_DEADLINE="1")
    subprocess.run([LINLI, *args], check=True, stdout=subprocess.DEVNULL, env=env)


def summary(db, week, out):
    run("export", "roster", "--db", db, "--week", week, "--out", out, "--force")
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        return json.load(f)


def measure(tier, work):
    data = os.path.join(work, tier)
    run("generate", "--tier", tier, "--seed", "1", "--out", data)
    dbs = {"on": os.path.join(work, tier + "-on.sqlite"), "off": os.path.join(work, tier + "-off.sqlite")}
    for db in dbs.values():
        run("import", data, "--db", db)
    rows = []
    for week in WEEKS:
        s = {}
        for mode, db in dbs.items():
            extra = [] if mode == "on" else ["--no-continuity"]
            run("roster", "--db", db, "--week", week, "--time-limit", TIME_LIMIT, *extra)
            run("check", "--db", db, "--week", week)
            s[mode] = summary(db, week, os.path.join(work, f"{tier}-{mode}-{week}"))
        on, off = s["on"], s["off"]
        rest = on["score"] - 20 * on["relationship_visits"]
        rows.append((tier, week, on["relationship_visits"], on["relationship_possible"], on["relationship_rate"],
                     off["relationship_rate"], on["score"], rest, off["score"], rest / off["score"]))
    return rows


def main():
    tiers = sys.argv[1:] or ["medium", "large"]
    work = os.environ.get("WORK") or tempfile.mkdtemp(prefix="linli-relation-")
    print("| tier | week | kept | possible | rate | rate without continuity | score | rest of score | score without continuity | rest ÷ without |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for tier in tiers:
        for r in measure(tier, work):
            print(f"| {r[0]} | {r[1]} | {r[2]:,} | {r[3]:,} | {r[4]:.1%} | {r[5]:.1%} | {r[6]:,.2f} | {r[7]:,.2f} | {r[8]:,.2f} | {r[9]:.2%} |",
                  flush=True)


if __name__ == "__main__":
    main()
