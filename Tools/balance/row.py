"""One row of README's "Workload balance" table from two summary.json files.

Usage: python3 Tools/balance/row.py TIER SEED plain/summary.json balanced/summary.json

Prints the scores and their ratio, `utilisation_sd` of both, and the spread over the workers who serve
something in at least one of the two rosters (those at 0 in both can serve no visit of the week).
"""
import json
import statistics
import sys


def main() -> None:
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    tier, seed, plain_path, balanced_path = sys.argv[1:5]
    with open(plain_path, encoding="utf-8") as f:
        plain = json.load(f)
    with open(balanced_path, encoding="utf-8") as f:
        balanced = json.load(f)
    up = {w["worker_id"]: w["utilisation"] for w in plain["utilisation_by_worker"]}
    ub = {w["worker_id"]: w["utilisation"] for w in balanced["utilisation_by_worker"]}
    idle = [w for w in up if up[w] == 0 and ub.get(w, 0) == 0]
    others = [w for w in up if w not in idle]
    sp = statistics.pstdev([up[w] for w in others])
    sb = statistics.pstdev([ub.get(w, 0) for w in others])
    ratio = balanced["score"] / plain["score"]
    change = 100 * (balanced["utilisation_sd"] / plain["utilisation_sd"] - 1)
    print(
        f"| {tier} | {seed} | {plain['score']:,.2f} | {balanced['score']:,.2f} | {ratio:.4f} "
        f"| {plain['utilisation_sd']:.4f} | {balanced['utilisation_sd']:.4f} | {change:+.1f}% "
        f"| {len(idle)} of {len(up)} | {100 * (sb / sp - 1):+.1f}% ({sp:.4f} → {sb:.4f}) |"
    )


if __name__ == "__main__":
    main()
