#!/usr/bin/env python3
"""Scale figures: for each tier, generate (seed 1), import, then time `linli roster --week 2026-W48`
in a release build with /usr/bin/time -v, and write Tools/scale/scale.csv (dev-only).

Usage (from anywhere):  python3 Tools/scale/measure.py [tier ...]   (default: tiny small medium large xl)
Environment: SCRATCH (build folder, default .build), WORK (scratch data folder, default a temp folder),
LINLI (a release linli to use instead of building one).
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIERS = ["tiny", "small", "medium", "large", "xl"]
WEEK = "2026-W48"
ROSTER_SOURCES = ["Sources/" + t for t in ("LinliModel", "LinliEngine", "LinliDataset", "LinliStore", "LinliKit", "linli")]
FIELDS = ["tier", "demands", "workers", "visits", "roster_seconds", "solve_seconds", "peak_rss_mb", "score",
          "fill_rate", "bound_gap", "load_before", "load_after", "nproc", "commit"]


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def rows(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def wall_seconds(text):
    """`Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34` in seconds."""
    value = re.search(r"Elapsed \(wall clock\) time.*: ([\d:.]+)", text).group(1)
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def commit():
    """The checked-out commit, with `+` when the code a roster runs has uncommitted changes."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain"] + ROSTER_SOURCES, cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return head + ("+" if dirty else "")


def measure(linli, tier, work):
    data, db, out = (os.path.join(work, name) for name in (tier, tier + ".sqlite", tier + "-roster"))
    subprocess.run([linli, "generate", "--tier", tier, "--seed", "1", "--out", data], check=True, stdout=subprocess.DEVNULL)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    subprocess.run([linli, "import", data, "--db", db], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timing = os.path.join(work, tier + ".time")
    before = load_average()
    subprocess.run(["/usr/bin/time", "-v", "-o", timing, linli, "roster", "--db", db, "--week", WEEK],
                   check=True, stdout=subprocess.DEVNULL)
    after = load_average()
    subprocess.run([linli, "export", "roster", "--db", db, "--week", WEEK, "--out", out], check=True, stdout=subprocess.DEVNULL)
    with open(timing) as f:
        text = f.read()
    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    gap = summary.get("bound_gap")
    return {
        "tier": tier, "demands": rows(os.path.join(data, "demands.csv")), "workers": rows(os.path.join(data, "workers.csv")),
        "visits": summary["assigned_visits"] + summary["unmet_visits"], "roster_seconds": round(wall_seconds(text), 2),
        "solve_seconds": round(summary["seconds"], 2), "peak_rss_mb": round(rss_kb / 1024), "score": round(summary["score"], 2),
        "fill_rate": round(summary["fill_rate"], 4), "bound_gap": "" if gap is None else round(gap, 4),
        "load_before": before, "load_after": after, "nproc": os.cpu_count(), "commit": commit(),
    }


def main():
    tiers = sys.argv[1:] or TIERS
    linli = os.environ.get("LINLI")
    if not linli:
        scratch = os.environ.get("SCRATCH", ".build")
        subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--product", "linli"], cwd=ROOT, check=True)
        linli = os.path.join(ROOT, scratch, "release", "linli")
    work = os.environ.get("WORK") or tempfile.mkdtemp(prefix="linli-scale-")
    path = os.path.join(ROOT, "Tools", "scale", "scale.csv")
    kept = {}
    if os.path.exists(path):
        with open(path) as f:
            kept = {row["tier"]: row for row in csv.DictReader(f)}
    for tier in tiers:
        started = time.time()
        kept[tier] = measure(linli, tier, work)
        print(f"{tier}: {kept[tier]} ({time.time() - started:.0f} s with generation and import)", flush=True)
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        for tier in TIERS:
            if tier in kept:
                writer.writerow(kept[tier])
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
