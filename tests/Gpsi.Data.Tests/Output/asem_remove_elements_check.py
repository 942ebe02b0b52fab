# COINr remove_elements(coin, Level = 1, dset = "Aggregated", iCode = "Index") on the ASEM example, recomputed with the
# Python standard library from COINr's own normalised data (coinr-asem/reference/A_normalised.csv) and iMeta.csv: each
# indicator's weight set to zero in turn (COINr's way), the weighted arithmetic mean re-aggregated at every level
# (missing values skipped, weights renormalised), ranks with ties at the lowest, MeanAbsDiff = mean |nominal - rank|.
# It compares with `gpsi audit --example asem`'s audit-leave-one-out.csv (which removes the node instead) and exits 1
# on a mismatch. Run: python3 asem_remove_elements_check.py DATA_DIR AUDIT_DIR
import csv, sys

data, audit = sys.argv[1], sys.argv[2]
meta = list(csv.DictReader(open(f"{data}/coinr-asem/iMeta.csv")))
nodes = [m for m in meta if m["Type"] in ("Indicator", "Aggregate")]
parent = {m["iCode"]: m["Parent"] for m in nodes if m["Parent"] not in ("", "NA")}
level = {m["iCode"]: int(m["Level"]) for m in nodes}
weight = {m["iCode"]: float(m["Weight"]) for m in nodes}
norm = list(csv.DictReader(open(f"{data}/coinr-asem/reference/A_normalised.csv")))
units = [r["uCode"] for r in norm]
indicators = [c for c in level if level[c] == 1]
top = max(level.values())
root = [c for c in level if level[c] == top][0]


def index_scores(zero=None):
    w = dict(weight)
    if zero:
        w[zero] = 0.0
    out = {}
    for r in norm:
        score = {c: (float(r[c]) if r[c] not in ("", "NA") else None) for c in indicators}
        for lev in range(2, top + 1):
            for agg in [c for c in level if level[c] == lev]:
                kids = [(score[k], w[k]) for k in parent if parent[k] == agg and score.get(k) is not None]
                den = sum(wk for _, wk in kids)
                score[agg] = sum(x * wk for x, wk in kids) / den if kids and den > 0 else None
        out[r["uCode"]] = score[root]
    return out


def ranks(s):
    return {u: 1 + sum(1 for v in s.values() if v is not None and x is not None and v > x) for u, x in s.items()}


nominal = ranks(index_scores())
ours = {r["indicator"]: r for r in csv.DictReader(open(f"{audit}/audit-leave-one-out.csv"))}
bad = 0
for i in indicators:
    without = ranks(index_scores(zero=i))
    diffs = [abs(nominal[u] - without[u]) for u in units]
    mad, mx = sum(diffs) / len(diffs), max(diffs)
    ok = abs(mad - float(ours[i]["mean_abs_rank_shift"])) < 1e-12 and mx == int(ours[i]["max_abs_rank_shift"])
    bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {i}: COINr-style MeanAbsDiff {mad:.6f} max {mx}; gpsi {ours[i]['mean_abs_rank_shift']} max {ours[i]['max_abs_rank_shift']}")
print(f"{len(indicators)} indicators, {bad} mismatches")
sys.exit(1 if bad else 0)
