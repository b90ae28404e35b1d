#!/usr/bin/env python3
"""Log-log plot of roster seconds against visits from Tools/scale/scale.csv, with the slope of each
segment from medium on and a line of slope 1 through the medium tier for reference; writes
Tools/scale/scale.svg (dev-only, needs matplotlib: `pip install matplotlib`).

Usage: python3 Tools/scale/plot.py
"""
import csv
import math
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
matplotlib.rcParams["svg.hashsalt"] = "linli-scale"


def main():
    with open(os.path.join(HERE, "scale.csv")) as f:
        rows = list(csv.DictReader(f))
    visits = [int(r["visits"]) for r in rows]
    seconds = [float(r["roster_seconds"]) for r in rows]
    solve = [float(r["solve_seconds"]) for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    ax.loglog(visits, seconds, "o-", label="linli roster, end to end (wall)")
    ax.loglog(visits, solve, "s--", label="compile + solve (summary seconds)")
    for r, x, y in zip(rows, visits, seconds):
        ax.annotate(r["tier"], (x, y), textcoords="offset points", xytext=(6, -12))
    medium = next((r for r in rows if r["tier"] == "medium"), rows[0])
    mx, my = int(medium["visits"]), float(medium["roster_seconds"])
    xs = [mx, max(visits)]
    ax.loglog(xs, [my * x / mx for x in xs], ":", color="gray", label="linear from medium (slope 1)")
    for (x0, y0), (x1, y1) in zip(zip(visits, seconds), list(zip(visits, seconds))[1:]):
        if x0 >= mx:
            slope = math.log(y1 / y0) / math.log(x1 / x0)
            ax.annotate(f"slope {slope:.2f}", (math.sqrt(x0 * x1), math.sqrt(y0 * y1)), textcoords="offset points",
                        xytext=(-62, 4), fontsize=8, color="C0")
    ax.set_title("linli roster --week 2026-W48, release build, 2 cores")
    ax.set_xlabel("visits in the week")
    ax.set_ylabel("seconds")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(os.path.join(HERE, "scale.svg"), metadata={"Date": None})
    print("wrote", os.path.join(HERE, "scale.svg"))


if __name__ == "__main__":
    main()
