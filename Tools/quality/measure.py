#!/usr/bin/env python3
"""Generates districts, rosters them with `linli solve`, checks them, and compares with an exact or VROOM solution.

    python3 Tools/quality/measure.py --linli .build-quality/release/linli --work /tmp/lq \\
        [--exact tiny:1-5 small:1-3] [--vroom medium:1-3] [--exact-time 2400] [--vroom-exploration 1]

Prints one markdown table per comparison. Each step writes its JSON next to its files under --work,
and a step whose JSON exists is not run again (delete it to redo).
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK = "2026-W48"


def cases(specs):
    for spec in specs:
        tier, seeds = spec.split(":")
        lo, _, hi = seeds.partition("-")
        for seed in range(int(lo), int(hi or lo) + 1):
            yield tier, seed


def cached(path, command):
    """The JSON first line of `command`'s output, kept in `path` (check.py lists violations after it)."""
    if not os.path.exists(path):
        out = subprocess.run(command, check=False, capture_output=True, text=True)
        if out.returncode not in (0, 1) or not out.stdout:
            sys.exit(f"{' '.join(command)} failed:\n{out.stderr}")
        with open(path, "w") as f:
            f.write(out.stdout)
    with open(path) as f:
        return json.loads(f.readline())


def linli_run(a, tier, seed):
    name = f"{tier}-{seed}"
    data = os.path.join(a.work, "data", name)
    roster = os.path.join(a.work, "linli", name)
    if not os.path.exists(data):
        subprocess.run([a.linli, "generate", "--tier", tier, "--seed", str(seed), "--out", data], check=True,
                       capture_output=True)
    if not os.path.exists(os.path.join(roster, "summary.json")):
        subprocess.run([a.linli, "solve", data, "--week", WEEK, "--out", roster], check=True, capture_output=True)
    with open(os.path.join(roster, "summary.json")) as f:
        summary = json.load(f)
    check = cached(roster + ".check.json", [sys.executable, os.path.join(HERE, "check.py"), data, roster])
    return name, data, roster, summary, check


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--linli", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--exact", nargs="*", default=[])
    ap.add_argument("--vroom", nargs="*", default=[])
    ap.add_argument("--exact-time", type=float, default=2400)
    ap.add_argument("--vroom-exploration", type=int, default=1)
    a = ap.parse_args()
    for sub in ("data", "linli", "exact", "vroom"):
        os.makedirs(os.path.join(a.work, sub), exist_ok=True)
    if a.exact:
        print("| tier | seed | visits | Linli score | checked | exact optimum (or incumbent / bound) | Linli ÷ optimum (÷ bound) |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
    for tier, seed in cases(a.exact):
        name, data, roster, summary, check = linli_run(a, tier, seed)
        out = os.path.join(a.work, "exact", name)
        ex = cached(out + ".json", [sys.executable, os.path.join(HERE, "exact.py"), data, "--week", WEEK,
                                     "--time-limit", str(a.exact_time), "--hint", roster, "--out", out])
        best, bound, score = ex["incumbent"]["score"], ex["bound"], summary["score"]
        proven = ex["status"] == "OPTIMAL"
        ref = f"{best:.2f}" if proven else f"{best:.2f} / {bound:.2f}"
        ratio = f"{score / best:.4%}" if proven else f"{score / best:.4%} ({score / bound:.4%})"
        print(f"| {tier} | {seed} | {check['visits']} | {score:.2f} | {'ok' if check['violations'] == 0 else 'INVALID'} "
              f"| {ref} | {ratio} |")
    if a.vroom:
        print("\n| tier | seed | visits | Linli score | checked | VROOM score (cap repaired) | VROOM without cap | Linli ÷ VROOM |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tier, seed in cases(a.vroom):
        name, data, roster, summary, check = linli_run(a, tier, seed)
        out = os.path.join(a.work, "vroom", name)
        vr = cached(out + ".json", [sys.executable, os.path.join(HERE, "vroom_compare.py"), data, "--out", out,
                                     "--week", WEEK, "--exploration", str(a.vroom_exploration), "--threads", "2"])
        score, theirs = summary["score"], vr["score"]["score"]
        print(f"| {tier} | {seed} | {check['visits']} | {score:.2f} | {'ok' if check['violations'] == 0 else 'INVALID'} "
              f"| {theirs:.2f} | {vr['score_without_cap']:.2f} | {score / theirs:.4%} |")


if __name__ == "__main__":
    main()
