# Independent check of `gpsi audit` on the GPSI, Python stdlib only (numpy is not installed here).
# From `gpsi build`'s values.csv (each indicator's normalised score as aggregation used it) it recomputes, for one year:
# the screening rule (>= 60% of indicators and >= 3 dimensions), the arithmetic-mean aggregation with equal weights,
# the index ranks (ties share the lowest rank), Pearson correlations with the parent, Cronbach's alpha and the first
# principal component's share per aggregate (Jacobi eigenvalues of the correlation matrix), and every indicator's
# leave-one-out mean and max absolute rank shift. It prints them next to `gpsi audit`'s files and exits 1 on a mismatch.
# Run: python3 audit_gpsi_check.py BUILD_DIR AUDIT_DIR [YEAR]
import csv, math, sys

build, audit = sys.argv[1], sys.argv[2]
year = sys.argv[3] if len(sys.argv) > 3 else "2020"
TREE = {"order": ["homicide", "conflict_deaths", "wjp_order"],
        "terror": ["terrorism_impact", "terrorism_deaths", "political_stability"],
        "cyber": ["gci", "ncsi"], "road": ["road_death_rate", "road_death_change"]}

values = {}
for row in csv.DictReader(open(f"{build}/values.csv")):
    if row["year"] == year:
        values.setdefault(row["iso3"], {})[row["indicator"]] = float(row["normalised"]) if row["normalised"] else None


def mean(xs):
    return sum(xs) / len(xs)


def scores(drop=None):
    """Dimension and index scores of the countries the screen keeps."""
    tree = {d: [i for i in inds if i != drop] for d, inds in TREE.items()}
    n_ind = sum(len(v) for v in tree.values())
    out = {}
    for iso, v in values.items():
        have = {d: [v[i] for i in inds if v.get(i) is not None] for d, inds in tree.items()}
        if sum(len(x) for x in have.values()) / n_ind < 0.6 or sum(1 for x in have.values() if x) < 3:
            continue
        dims = {d: mean(x) for d, x in have.items() if x}
        out[iso] = dict(v, **{d: dims.get(d) for d in tree}, index=mean(list(dims.values())))
    return out


def ranks(s):
    return {iso: 1 + sum(1 for o in s.values() if o["index"] > x["index"]) for iso, x in s.items()}


def cols(s, codes):
    return [[s[iso].get(c) for c in codes] for iso in sorted(s)]


def pearson(x, y):
    p = [(a, b) for a, b in zip(x, y) if a is not None and b is not None]
    ma, mb = mean([a for a, _ in p]), mean([b for _, b in p])
    sab = sum((a - ma) * (b - mb) for a, b in p)
    return sab / math.sqrt(sum((a - ma) ** 2 for a, _ in p) * sum((b - mb) ** 2 for _, b in p))


def cov(x, y):
    p = [(a, b) for a, b in zip(x, y) if a is not None and b is not None]
    ma, mb = mean([a for a, _ in p]), mean([b for _, b in p])
    return sum((a - ma) * (b - mb) for a, b in p) / (len(p) - 1)


def alpha(rows):
    k = len(rows[0])
    c = [[cov([r[i] for r in rows], [r[j] for r in rows]) for j in range(k)] for i in range(k)]
    total = sum(map(sum, c))
    return k * k * ((total - sum(c[i][i] for i in range(k))) / (k * (k - 1))) / total


def jacobi(a):
    a = [row[:] for row in a]
    n = len(a)
    for _ in range(100):
        off = max((abs(a[i][j]), i, j) for i in range(n) for j in range(n) if i != j)
        if off[0] < 1e-15:
            break
        _, p, q = off
        th = 0.5 * math.atan2(2 * a[p][q], a[q][q] - a[p][p])
        c, s = math.cos(th), math.sin(th)
        for k in range(n):
            akp, akq = a[k][p], a[k][q]
            a[k][p], a[k][q] = c * akp - s * akq, s * akp + c * akq
        for k in range(n):
            apk, aqk = a[p][k], a[q][k]
            a[p][k], a[q][k] = c * apk - s * aqk, s * apk + c * aqk
    return sorted((a[i][i] for i in range(n)), reverse=True)


def pc1_share(rows):
    rows = [r for r in rows if None not in r]
    k = len(rows[0])
    r = [[pearson([x[i] for x in rows], [x[j] for x in rows]) for j in range(k)] for i in range(k)]
    return jacobi(r)[0] / k, len(rows)


nominal = scores()
rank0 = ranks(nominal)
bad = 0


def check(what, ours, theirs, tol=1e-9):
    global bad
    ok = abs(ours - theirs) <= tol * max(1, abs(ours))
    bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {what}: python {ours:.12g}, gpsi {theirs:.12g}")


corr = {(r["node_a"], r["node_b"]): r for r in csv.DictReader(open(f"{audit}/audit-correlations.csv"))}
for d, inds in TREE.items():
    for i in inds:
        x = cols(nominal, [i, d])
        check(f"r({i}, {d})", pearson([a for a, _ in x], [b for _, b in x]), float(corr[(i, d)]["pearson"]))
    x = cols(nominal, [d, "index"])
    check(f"r({d}, index)", pearson([a for a, _ in x], [b for _, b in x]), float(corr[(d, "index")]["pearson"]))

dims = {}
for r in csv.DictReader(open(f"{audit}/audit-dimensions.csv")):
    dims[r["aggregate"]] = r
for g, kids in list(TREE.items()) + [("index", list(TREE))]:
    rows = cols(nominal, kids)
    check(f"alpha({g})", alpha(rows), float(dims[g]["cronbach_alpha"]))
    share, n = pc1_share(rows)
    check(f"PC1 share({g}) over {n}", share, float(dims[g]["pc1_variance_share"]))

loo = {r["indicator"]: r for r in csv.DictReader(open(f"{audit}/audit-leave-one-out.csv"))}
for inds in TREE.values():
    for i in inds:
        rank1 = ranks(scores(drop=i))
        both = [iso for iso in rank0 if iso in rank1]
        shifts = [abs(rank0[iso] - rank1[iso]) for iso in both]
        check(f"leave out {i}: mean |shift| over {len(both)}", mean(shifts), float(loo[i]["mean_abs_rank_shift"]))
        check(f"leave out {i}: max |shift|", max(shifts), float(loo[i]["max_abs_rank_shift"]))
print(f"{len(nominal)} countries ranked in {year}; {bad} mismatches")
sys.exit(1 if bad else 0)
