#!/usr/bin/env python3
"""Independent reference for COINr 1.1.14 build variants on the ASEM example.

R and COINr are not available here, so this script re-implements the parts of COINr's pipeline the variants need,
from docs/coinr-semantics.md (not from GPSI's C# code), with the Python standard library only. Each variant is
COINr's default build (new_coin -> Normalise(n_minmax, l_u = c(0, 100)) -> Aggregate(a_amean), iMeta weights) with
one change. Output: one CSV per variant in this folder, columns uCode, the 11 aggregates (levels 2-4, iMeta order)
and Rank (the Index rank: rank(-Index, ties = "min")), numbers written with repr() so they read back exactly; and
Steps/VARIANT.STEP.csv with the intermediate results (Imputed, Treated, Normalised data sets; PCA Weights).
Before writing anything it checks that the default build reproduces COINr's own reference/A_scores.csv.
Read by tests/Gpsi.Data.Tests/Coinr/AsemVariantTests.cs; rerun this script after changing it and commit the CSVs.

Usage: python3 coinr_asem_variants.py [DATA_DIR]   (default: ../shared/data/coinr-asem beside the repository)
"""

import csv
import math
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))


def find_data_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    d = HERE
    while True:
        candidate = os.path.join(d, "..", "shared", "data", "coinr-asem")
        if os.path.isfile(os.path.join(candidate, "iData.csv")):
            return os.path.normpath(candidate)
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit("coinr-asem data not found; pass its folder as the first argument")
        d = parent


# ---------------------------------------------------------------------------------------------------------------
# Input

NA = None


def num(text):
    return NA if text == "" else float(text)


def load(data_dir):
    with open(os.path.join(data_dir, "iMeta.csv"), newline="") as f:
        meta = list(csv.DictReader(f))
    with open(os.path.join(data_dir, "iData.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    nodes = [m for m in meta if m["Type"] in ("Indicator", "Aggregate")]
    for m in nodes:
        m["Level"] = int(m["Level"])
        m["Direction"] = float(m["Direction"])
        m["Weight"] = float(m["Weight"])
    indicators = [m["iCode"] for m in nodes if m["Level"] == 1]
    aggregates = [m["iCode"] for m in nodes if m["Level"] > 1]
    info = {m["iCode"]: m for m in nodes}
    units = [r["uCode"] for r in rows]
    data = {code: [num(r[code]) for r in rows] for code in indicators}
    groups = {g: [r[g] if r[g] != "" else NA for r in rows]
              for g in ("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group")}
    return info, indicators, aggregates, units, data, groups


# ---------------------------------------------------------------------------------------------------------------
# R primitives (semantics notes section 0)

def avail(x):
    return [v for v in x if v is not NA and not math.isnan(v)]


def is_na(v):
    return v is NA or math.isnan(v)


def r_mean(x):
    v = avail(x)
    return math.fsum(v) / len(v) if v else float("nan")


def r_sd(x):
    v = avail(x)
    m = r_mean(v)
    return math.sqrt(math.fsum((a - m) ** 2 for a in v) / (len(v) - 1))


def r_median(x):
    v = sorted(avail(x))
    n = len(v)
    if n == 0:
        return NA
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def r_rank_min(x):
    """rank(x, ties.method = "min", na.last = "keep")."""
    v = avail(x)
    return [NA if is_na(a) else 1 + sum(1 for b in v if b < a) for a in x]


def rank_desc(x):
    """rank(-x, ties.method = "min", na.last = "keep"): the highest value is rank 1."""
    return r_rank_min([NA if is_na(a) else -a for a in x])


# ---------------------------------------------------------------------------------------------------------------
# Imputation (notes section 3). Every imputer returns a new {iCode: column}.

def i_mean(x):
    m = r_mean(x)
    return [m if is_na(a) else a for a in x]


def i_median(x):
    v = avail(x)
    m = r_median(v) if v else NA
    return [m if is_na(a) else a for a in x]


def by_group(x, f, imputer):
    """i_mean_grp / i_median_grp: impute within each group of f; NA labels are left alone."""
    out = list(x)
    for g in sorted({lab for lab in f if lab is not NA}):
        idx = [i for i, lab in enumerate(f) if lab == g]
        sub = [x[i] for i in idx]
        if all(is_na(a) for a in sub):
            # mean(empty) is NaN, median(empty) NA: the cells stay missing.
            continue
        for i, v in zip(idx, imputer(sub)):
            out[i] = v
    return out


def impute_columns(data, imputer):
    return {c: imputer(x) if any(is_na(a) for a in x) and avail(x) else list(x) for c, x in data.items()}


def impute_groups(data, f, imputer):
    return {c: by_group(x, f, imputer) for c, x in data.items()}


def impute_rows(data, info, level):
    """Impute.coin(impute_by = "row", normalise_first = TRUE, group_level = level, f_i = "i_mean")."""
    out = {c: list(x) for c, x in data.items()}
    codes = list(data)
    n = len(next(iter(data.values())))

    def ancestor(code, lev):
        while info[code]["Level"] < lev:
            code = info[code]["Parent"]
        return code

    blocks = {}
    for c in codes:
        blocks.setdefault(ancestor(c, level), []).append(c)
    for block in blocks.values():
        scaled, mn, mx, d = {}, {}, {}, {}
        for c in block:
            d[c] = info[c]["Direction"]
            xd = [NA if is_na(a) else a * d[c] for a in data[c]]
            v = avail(xd)
            mn[c], mx[c] = min(v), max(v)
            # zero range gives NaN (0/0), i.e. missing, and is then imputed like any NA
            scaled[c] = [NA if is_na(a) or mx[c] == mn[c] else (a - mn[c]) / (mx[c] - mn[c]) for a in xd]
        for i in range(n):
            row = [scaled[c][i] for c in block]
            if not any(is_na(a) for a in row):
                continue
            present = avail(row)
            if not present:
                continue  # all-NA row: Impute.numeric returns it unchanged
            m = math.fsum(present) / len(present)
            for c in block:
                if is_na(scaled[c][i]) and is_na(data[c][i]):
                    out[c][i] = (m * (mx[c] - mn[c]) + mn[c]) * d[c]
    return out


# ---------------------------------------------------------------------------------------------------------------
# Treatment (notes section 2): winsorise, then log_CT on the original when winsorising fails.

def skew(x):
    v = avail(x)
    n = len(v)
    if n < 3:
        return float("nan")
    m = r_mean(v)
    dv = [a - m for a in v]
    s2 = math.fsum(a * a for a in dv)
    s3 = math.fsum(a ** 3 for a in dv)
    if s2 == 0:
        return float("nan")
    g = math.sqrt(n) * s3 / s2 ** 1.5
    return g * math.sqrt(n * (n - 1)) / (n - 2)


def kurt(x):
    v = avail(x)
    n = len(v)
    if n < 4:
        return float("nan")
    m = r_mean(v)
    dv = [a - m for a in v]
    s2 = math.fsum(a * a for a in dv)
    s4 = math.fsum(a ** 4 for a in dv)
    if s2 == 0:
        return float("nan")
    r = n * s4 / s2 ** 2
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


def check_pass(x, skew_thresh=2.0, kurt_thresh=3.5):
    """(|skew| < t) OR (kurt < t) with R's three-valued logic; None stands for NA."""
    s, k = skew(x), kurt(x)
    a = None if math.isnan(s) else abs(s) < skew_thresh
    b = None if math.isnan(k) else k < kurt_thresh
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def winsorise(x, winmax=5):
    x = list(x)
    passing = check_pass(x)
    nwin = 0
    imax, imin = [], []
    if passing is False:
        while passing is False and nwin < winmax:
            if skew(x) >= 0:
                top = max(avail(x))
                imax = [i for i, a in enumerate(x) if not is_na(a) and a == top]
                rest = [a for i, a in enumerate(x) if i not in imax]
                x_new = max(avail(rest))
                for i in imax:
                    x[i] = x_new
            else:
                bottom = min(avail(x))
                imin = [i for i, a in enumerate(x) if not is_na(a) and a == bottom]
                rest = [a for i, a in enumerate(x) if i not in imin]
                x_new = min(avail(rest))
                for i in imin:
                    x[i] = x_new
            nwin = len(imax) + len(imin)
            passing = check_pass(x)
            if passing is None:
                raise ValueError("NA pass inside winsorise")
    return x, nwin, imax, imin


def log_ct(x):
    v = avail(x)
    lo, hi = min(v), max(v)
    return [NA if is_na(a) else math.log(a - lo + 0.01 * (hi - lo)) for a in x]


TREAT_LOG = []


def treat(data, winmax=5):
    out = {}
    for c, x in data.items():
        p0 = check_pass(x)
        if p0 is None or p0:
            out[c] = list(x)
            continue
        try:
            x1, nwin, imax, imin = winsorise(x, winmax)
        except ValueError:
            out[c] = list(x)
            TREAT_LOG.append((c, "error-untreated"))
            continue
        p1 = check_pass(x1)
        if p1 is None:
            out[c] = list(x)
            TREAT_LOG.append((c, "NA after winsorise: untreated"))
        elif p1:
            out[c] = x1
            TREAT_LOG.append((c, "winsorised %d (hi %s, lo %s) skew %r kurt %r -> %r %r" % (
                nwin, len(imax), len(imin), skew(x), kurt(x), skew(x1), kurt(x1))))
        else:
            x2 = log_ct(x)
            p2 = check_pass(x2)
            out[c] = list(x) if p2 is None else x2
            TREAT_LOG.append((c, "log_CT (winsorised %d did not pass: skew %r kurt %r)" % (nwin, skew(x1), kurt(x1))))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Normalisation (notes section 1). Directions are applied first.

def n_minmax(x, lo=0.0, hi=100.0):
    v = avail(x)
    mn, mx = min(v), max(v)
    return [NA if is_na(a) else (a - mn) / (mx - mn) * (hi - lo) + lo for a in x]


def n_zscore(x, m=0.0, s=1.0):
    mean, sd = r_mean(x), r_sd(x)
    return [NA if is_na(a) else (a - mean) / sd * s + m for a in x]


def n_rank(x):
    return [NA if r is NA else float(r) for r in r_rank_min(x)]


def n_borda(x):
    return [NA if r is NA else float(r - 1) for r in r_rank_min(x)]


def n_prank(x):
    n = len(avail(x))
    return [NA if r is NA else (r - 1) / (n - 1) for r in r_rank_min(x)]


def normalise(data, info, f):
    return {c: f([NA if is_na(a) else a * info[c]["Direction"] for a in x]) for c, x in data.items()}


# ---------------------------------------------------------------------------------------------------------------
# Weights: PCA (notes section 5.1), get_PCA(by_groups = TRUE, Level = 1), complete cases per group,
# correlation-matrix PC1 loadings (unit length, not rescaled), sign fixed so the loadings sum positive.

def pc1_loadings(columns):
    k = len(columns)
    rows = [i for i in range(len(columns[0])) if all(not is_na(col[i]) for col in columns)]
    z = []
    for col in columns:
        v = [col[i] for i in rows]
        m = r_mean(v)
        s = r_sd(v)
        z.append([(a - m) / s for a in v])
    n = len(rows)
    corr = [[math.fsum(a * b for a, b in zip(z[p], z[q])) / (n - 1) for q in range(k)] for p in range(k)]
    # power iteration from the all-ones vector until the vector stops moving (at the last few ulps)
    vec = [1.0 / math.sqrt(k)] * k
    for it in range(1, 100001):
        w = [math.fsum(corr[p][q] * vec[q] for q in range(k)) for p in range(k)]
        norm = math.sqrt(math.fsum(a * a for a in w))
        w = [a / norm for a in w]
        delta = max(abs(a - b) for a, b in zip(w, vec))
        vec = w
        if delta < 1e-15:
            break
    lam = math.fsum(vec[p] * math.fsum(corr[p][q] * vec[q] for q in range(k)) for p in range(k))
    resid = max(abs(math.fsum(corr[p][q] * vec[q] for q in range(k)) - lam * vec[p]) for p in range(k))
    # cross-check against a Jacobi eigendecomposition of the same matrix
    jval, jvec = jacobi_pc1(corr)
    if math.fsum(a * b for a, b in zip(jvec, vec)) < 0:
        jvec = [-a for a in jvec]
    diff = max(abs(a - b) for a, b in zip(jvec, vec))
    if resid > 1e-13 or diff > 1e-12 or abs(jval - lam) > 1e-12:
        raise RuntimeError("power iteration did not converge (residual %r, Jacobi difference %r)" % (resid, diff))
    if math.fsum(vec) < 0:
        vec = [-a for a in vec]
    return vec, n, lam, it, diff


def jacobi_pc1(a):
    """Cyclic Jacobi rotations on a symmetric matrix; returns the largest eigenvalue and its eigenvector."""
    k = len(a)
    a = [row[:] for row in a]
    v = [[1.0 if i == j else 0.0 for j in range(k)] for i in range(k)]
    for _ in range(100):
        off = math.fsum(a[i][j] ** 2 for i in range(k) for j in range(k) if i != j)
        if off < 1e-30:
            break
        for p in range(k - 1):
            for q in range(p + 1, k):
                if a[p][q] == 0:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1))
                c = 1 / math.sqrt(t * t + 1)
                s = t * c
                for r in range(k):
                    arp, arq = a[r][p], a[r][q]
                    a[r][p], a[r][q] = c * arp - s * arq, s * arp + c * arq
                for r in range(k):
                    apr, aqr = a[p][r], a[q][r]
                    a[p][r], a[q][r] = c * apr - s * aqr, s * apr + c * aqr
                for r in range(k):
                    vrp, vrq = v[r][p], v[r][q]
                    v[r][p], v[r][q] = c * vrp - s * vrq, s * vrp + c * vrq
    top = max(range(k), key=lambda i: a[i][i])
    return a[top][top], [v[r][top] for r in range(k)]


PCA_LOG = []


def pca_weights(data, info, indicators):
    weights = {c: info[c]["Weight"] for c in info}
    parents = []
    for c in indicators:
        if info[c]["Parent"] not in parents:
            parents.append(info[c]["Parent"])
    for p in parents:
        kids = [c for c in indicators if info[c]["Parent"] == p]
        vec, n, lam, it, diff = pc1_loadings([data[c] for c in kids])
        PCA_LOG.append((p, n, lam, it, diff, vec))
        for c, w in zip(kids, vec):
            weights[c] = w
    return weights


# ---------------------------------------------------------------------------------------------------------------
# Aggregation (notes section 4)

def a_amean(x, w):
    pairs = [(a, b) for a, b in zip(x, w) if not is_na(a)]
    if not pairs:
        return NA
    sw = math.fsum(b for _, b in pairs)
    return math.fsum(a * (b / sw) for a, b in pairs)


def a_gmean(x, w):
    pairs = [(a, b) for a, b in zip(x, w) if not is_na(a)]
    if not pairs:
        return NA
    if any(a <= 0 for a, _ in pairs):
        raise ValueError("gmean of a value <= 0")
    return math.exp(math.fsum(b * math.log(a) for a, b in pairs) / math.fsum(b for _, b in pairs))


def a_copeland(cols, w):
    """a_copeland(X, w): cols is a list of child columns (units in rows).

    O[i,j] = sum(w where X_i > X_j) + sum(w where X_i == X_j)/2 (each sum over pairs without NA, correctly rounded
    as R's long-double sum of a few terms is), O[j,i] = 1 - O[i,j]; score = row sum of +1 (O > 0.5), -1 (O < 0.5),
    0 (O == 0.5). That replacement order is COINr 1.1.14's (cimentadaj/COINr at version 1.1.14); CRAN 1.1.2 replaced
    0.5 by 0 before replacing < 0.5 by -1, so ties counted -1 there, and 1.0.0 summed O itself."""
    sw = math.fsum(w)
    w = [b / sw for b in w]
    n = len(cols[0])
    rows = [[col[i] for col in cols] for i in range(n)]
    orm = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            gt = math.fsum(wk for a, b, wk in zip(rows[i], rows[j], w) if not is_na(a) and not is_na(b) and a > b)
            eq = math.fsum(wk for a, b, wk in zip(rows[i], rows[j], w) if not is_na(a) and not is_na(b) and a == b)
            orm[i][j] = gt + eq / 2
            orm[j][i] = 1 - orm[i][j]
    scores = []
    for i in range(n):
        s = 0
        for j in range(n):
            if i == j:
                continue
            o = orm[i][j]
            s += 1 if o > 0.5 else (-1 if o < 0.5 else 0)
        scores.append(float(s))
    return scores


def aggregate(data, info, aggregates, method, weights=None):
    if weights is None:
        weights = {c: info[c]["Weight"] for c in info}
    scores = dict(data)
    for lev in sorted({info[a]["Level"] for a in aggregates}):
        for a in [a for a in aggregates if info[a]["Level"] == lev]:
            kids = [c for c in info if info[c]["Level"] == lev - 1 and info[c]["Parent"] == a]
            w = [weights[c] for c in kids]
            if method == "copeland":
                scores[a] = a_copeland([scores[c] for c in kids], w)
                continue
            f = a_amean if method == "amean" else a_gmean
            n = len(scores[kids[0]])
            scores[a] = [f([scores[c][i] for c in kids], w) for i in range(n)]
    return scores


# ---------------------------------------------------------------------------------------------------------------
# Variants

STEPS = {}


def keep(name, value):
    """Records an intermediate result (Imputed, Treated, Normalised, Weights) for the step files."""
    STEPS[name] = value
    return value


def variants(info, indicators, groups):
    def norm(d, f=n_minmax):
        return keep("Normalised", normalise(d, info, f))

    def mean(d):
        return aggregate(d, info, AGGS, "amean")

    def imputed(d):
        return keep("Imputed", d)

    def pca(d):
        return keep("Weights", pca_weights(d, info, indicators))

    return {
        "zscore_amean": lambda d: mean(norm(d, n_zscore)),
        "minmax1_100_gmean": lambda d: aggregate(norm(d, lambda x: n_minmax(x, 1.0, 100.0)), info, AGGS, "gmean"),
        "zscore10_2_amean": lambda d: mean(norm(d, lambda x: n_zscore(x, 10.0, 2.0))),
        "treat_minmax_amean": lambda d: mean(norm(keep("Treated", treat(d)))),
        # Treat(global_specs = list(f1_para = list(winmax = 1))): on ASEM the default limit of 5 always suffices, so
        # this variant is the one that reaches log_CT (applied to the original values).
        "treatwinmax1_minmax_amean": lambda d: mean(norm(keep("Treated", treat(d, 1)))),
        "imputemean_minmax_amean": lambda d: mean(norm(imputed(impute_columns(d, i_mean)))),
        "imputemedian_minmax_amean": lambda d: mean(norm(imputed(impute_columns(d, i_median)))),
        "imputemeaneurasia_minmax_amean": lambda d: mean(norm(imputed(impute_groups(d, groups["EurAsia_group"], i_mean)))),
        "imputemediangdp_minmax_amean": lambda d: mean(norm(imputed(impute_groups(d, groups["GDP_group"], i_median)))),
        # Row means within pillars on [0, 1]-scaled data: after min-max normalisation an imputed value equals the
        # mean of the unit's other normalised values in its pillar, so every score equals the default build's. The
        # Imputed step file is what tests this variant; group_level = 3 (below) changes the scores.
        "imputerow2_minmax_amean": lambda d: mean(norm(imputed(impute_rows(d, info, 2)))),
        "imputerow3_minmax_amean": lambda d: mean(norm(imputed(impute_rows(d, info, 3)))),
        "rank_amean": lambda d: mean(norm(d, n_rank)),
        "borda_amean": lambda d: mean(norm(d, n_borda)),
        "prank_amean": lambda d: mean(norm(d, n_prank)),
        "minmax_copeland": lambda d: aggregate(norm(d), info, AGGS, "copeland"),
        # get_PCA(dset = "Raw"), COINr's default data set: weights from the raw (not direction-adjusted) data
        "pcaraw_minmax_amean": lambda d: aggregate(norm(d), info, AGGS, "amean", pca(d)),
        # get_PCA(dset = "Normalised"): weights from the data the aggregation uses
        "minmax_pcanorm_amean": lambda d: (lambda nd: aggregate(nd, info, AGGS, "amean", pca(nd)))(norm(d)),
    }


AGGS = []


def exact_index_ties(info, data, aggregates, f):
    """For rank-type normalisations: the Index in exact rational arithmetic, to expose mathematical ties.
    f maps (rank, number of non-NA values) to the normalised value as a Fraction."""
    q = {}
    for c, x in data.items():
        xd = [NA if is_na(a) else a * info[c]["Direction"] for a in x]
        n = len(avail(xd))
        q[c] = [NA if r is NA else f(r, n) for r in r_rank_min(xd)]
    for lev in sorted({info[a]["Level"] for a in aggregates}):
        for a in [a for a in aggregates if info[a]["Level"] == lev]:
            kids = [c for c in info if info[c]["Level"] == lev - 1 and info[c]["Parent"] == a]
            col = []
            for i in range(len(q[kids[0]])):
                v = [q[c][i] for c in kids if q[c][i] is not NA]
                col.append(sum(v) / len(v))
            q[a] = col
    return q["Index"]


def write_steps(name, units, indicators):
    """Steps/NAME.STEP.csv: the intermediate data sets (uCode + 49 indicators) and PCA weights (one row)."""
    folder = os.path.join(HERE, "Steps")
    os.makedirs(folder, exist_ok=True)
    for step, value in STEPS.items():
        with open(os.path.join(folder, "%s.%s.csv" % (name, step)), "w", newline="") as f:
            f.write(",".join(["uCode" if step != "Weights" else "set"] + indicators) + "\n")
            if step == "Weights":
                f.write(",".join(["PCA"] + [repr(float(value[c])) for c in indicators]) + "\n")
                continue
            for i, u in enumerate(units):
                f.write(",".join([u] + ["" if is_na(value[c][i]) else repr(float(value[c][i]))
                                        for c in indicators]) + "\n")


def check_default(data_dir, info, units, data):
    """Sanity check: the default build against COINr's own reference scores (reference/A_scores.csv)."""
    path = os.path.join(data_dir, "reference", "A_scores.csv")
    if not os.path.isfile(path):
        return
    scores = aggregate(normalise(data, info, n_minmax), info, AGGS, "amean")
    with open(path, newline="") as f:
        ref = list(csv.DictReader(f))
    worst = 0.0
    for row in ref:
        i = units.index(row["uCode"])
        for a in AGGS:
            e = float(row[a])
            worst = max(worst, abs(scores[a][i] - e) / abs(e))
    print("default build vs COINr reference A_scores.csv: max relative difference %.3g" % worst)
    if worst > 1e-12:
        sys.exit("the default build does not reproduce COINr's reference")


def main():
    data_dir = find_data_dir()
    info, indicators, aggregates, units, data, groups = load(data_dir)
    AGGS.extend(aggregates)
    check_default(data_dir, info, units, data)
    for name, run in variants(info, indicators, groups).items():
        TREAT_LOG.clear()
        PCA_LOG.clear()
        STEPS.clear()
        scores = run(data)
        index = scores["Index"]
        rank = rank_desc(index)
        path = os.path.join(HERE, name + ".csv")
        with open(path, "w", newline="") as f:
            f.write(",".join(["uCode"] + aggregates + ["Rank"]) + "\n")
            for i, u in enumerate(units):
                cells = [u] + ["" if is_na(scores[a][i]) else repr(float(scores[a][i])) for a in aggregates]
                f.write(",".join(cells + [str(rank[i])]) + "\n")
        write_steps(name, units, indicators)
        # the smallest relative gap between distinct Index values: how fragile exact rank comparison is here
        v = sorted(set(index))
        gap = min((b - a) / max(abs(a), abs(b)) for a, b in zip(v, v[1:]))
        ties = len(index) - len(v)
        print("%-32s tied Index values: %d, smallest relative gap between distinct values: %.3g" % (name, ties, gap))
        for line in TREAT_LOG:
            print("    treat %s: %s" % line)
        for p, n, lam, it, diff, vec in PCA_LOG:
            print("    pca %-9s complete rows %d, eigenvalue %.6f, %d iterations, |power - Jacobi| %.1g, loadings %s"
                  % (p, n, lam, it, diff, " ".join("%.4f" % a for a in vec)))
    exact_normalisers = (("rank", lambda r, n: Fraction(r)), ("borda", lambda r, n: Fraction(r - 1)),
                         ("prank", lambda r, n: Fraction(r - 1, n - 1)))
    for name, f in exact_normalisers:
        exact = exact_index_ties(info, data, aggregates, f)
        print("exact %s: %d mathematically tied Index values" % (name, len(exact) - len(set(exact))))


if __name__ == "__main__":
    main()
