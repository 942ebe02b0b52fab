# Independent reference for the Audit and Numerics tests, Python stdlib only: R's type-7 quantile, e1071 type-2
# skew/kurtosis, Pearson/Spearman over pairwise complete observations (Spearman ranks with average ties on the complete
# pairs only, as R's cor(use = "pairwise.complete.obs")), Cronbach's alpha from the pairwise covariance matrix.
# Run: python3 audit_reference.py
import math

nan = float("nan")


def ok(v):
    return v == v


def q7(x, p):
    s = sorted(v for v in x if ok(v))
    h = 1 + (len(s) - 1) * p
    lo = math.floor(h)
    hi = math.ceil(h)
    return s[lo - 1] + (h - lo) * (s[hi - 1] - s[lo - 1])


def mean(x):
    return sum(x) / len(x)


def pairs(x, y):
    return [(a, b) for a, b in zip(x, y) if ok(a) and ok(b)]


def pearson(x, y):
    p = pairs(x, y)
    a = [u for u, _ in p]
    b = [v for _, v in p]
    ma, mb = mean(a), mean(b)
    sab = sum((u - ma) * (v - mb) for u, v in p)
    saa = sum((u - ma) ** 2 for u in a)
    sbb = sum((v - mb) ** 2 for v in b)
    return sab / math.sqrt(saa * sbb)


def avg_rank(v):
    return [(sum(1 for w in v if w < x) + 1 + sum(1 for w in v if w <= x)) / 2 for x in v]


def spearman(x, y):
    p = pairs(x, y)
    return pearson(avg_rank([u for u, _ in p]), avg_rank([v for _, v in p]))


def cov(x, y):
    p = pairs(x, y)
    if len(p) < 2:
        return nan
    ma = mean([u for u, _ in p])
    mb = mean([v for _, v in p])
    return sum((u - ma) * (v - mb) for u, v in p) / (len(p) - 1)


def cronbach(cols):
    k = len(cols)
    C = [[cov(a, b) for b in cols] for a in cols]
    total = sum(c for row in C for c in row if ok(c))
    tr = sum(C[i][i] for i in range(k) if ok(C[i][i]))
    return k / (k - 1) * (1 - tr / total)


def skew(x):
    x = [v for v in x if ok(v)]
    n = len(x)
    m = mean(x)
    s2 = sum((v - m) ** 2 for v in x)
    s3 = sum((v - m) ** 3 for v in x)
    g = math.sqrt(n) * s3 / s2 ** 1.5
    return g * math.sqrt(n * (n - 1)) / (n - 2)


def kurt(x):
    x = [v for v in x if ok(v)]
    n = len(x)
    m = mean(x)
    s2 = sum((v - m) ** 2 for v in x)
    s4 = sum((v - m) ** 4 for v in x)
    r = n * s4 / s2 ** 2
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


x = [1, 2, 2, nan, 5, 2, 3]
y = [2, nan, 3, 4, 3, 9, 1]
print("pearson", repr(pearson(x, y)), "spearman", repr(spearman(x, y)), "cov", repr(cov(x, y)))
print("spearman ranked on all x (wrong)", repr(pearson(
    [r for r, b in zip(avg_rank([v for v in x if ok(v)]), [v for a, v in zip(x, y) if ok(a)]) if ok(b)],
    avg_rank([b for a, b in zip(x, y) if ok(a) and ok(b)]))))

c1 = [1, 2, 3, 4, 5, 6]
c2 = [2, 2, 4, 3, 6, 5]
c3 = [1, nan, 2, 4, 4, 6]
print("alpha", repr(cronbach([c1, c2, c3])))

v = [1, 2, 2, 3, 4, nan, 5, 0, 30, 3]
a = [u for u in v if ok(u)]
q1, q3 = q7(v, 0.25), q7(v, 0.75)
iqr = q3 - q1
print("n", len(a), "mean", repr(mean(a)), "median", repr(sorted(a)[len(a) // 2]),
      "sd", repr(math.sqrt(sum((u - mean(a)) ** 2 for u in a) / (len(a) - 1))))
print("skew", repr(skew(v)), "kurt", repr(kurt(v)), "q1", repr(q1), "q3", repr(q3))
print("outliers", [f"U{i + 1}" for i, u in enumerate(v) if ok(u) and (u < q1 - 1.5 * iqr or u > q3 + 1.5 * iqr)])
print("nonzero", sum(1 for u in a if u != 0), "unique", len(set(a)))
print("q7 p=0.1", repr(q7([5, 1, 4, 2, 3], 0.1)), "p=0.9", repr(q7([5, 1, 4, 2, 3], 0.9)),
      "p=1/3 of 4", repr(q7([10, 20, 30, 40], 1 / 3)))

# AuditorTests: six units, Index = amean(P, Q), P = amean(a, b), Q = amean(c, d, e), U6 missing b.
a = [1, 2, 3, 4, 5, 6]
b = [2, 1, 4, 3, 6, nan]
c = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
d = [60, 50, 40, 30, 20, 10]
e = [1, -1, -1, 1, 1, -1]
P = [mean([u for u in t if ok(u)]) for t in zip(a, b)]
Q = [mean(t) for t in zip(c, d, e)]
I = [mean(t) for t in zip(P, Q)]
print("r(a,P)", repr(pearson(a, P)), "r(a,I)", repr(pearson(a, I)), "r(b,P)", repr(pearson(b, P)))
print("r(c,Q)", repr(pearson(c, Q)), "r(d,Q)", repr(pearson(d, Q)), "r(e,Q)", repr(pearson(e, Q)))
print("r(P,I)", repr(pearson(P, I)), "r(Q,I)", repr(pearson(Q, I)))
print("spearman(e,Q)", repr(spearman(e, Q)), "spearman(b,P)", repr(spearman(b, P)))
print("alpha P", repr(cronbach([a, b])), "alpha Q", repr(cronbach([c, d, e])))
print("PCA P lambda1 = 1 + r(a,b) over complete rows", repr(1 + pearson(a, b)))
