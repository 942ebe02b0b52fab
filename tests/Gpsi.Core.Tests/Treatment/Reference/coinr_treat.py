#!/usr/bin/env python3
"""Independent reference for COINr 1.1.14's default Treat (winsorise -> log_CT), stdlib only.

Written from COINr's R source (treat.R: skew, kurt, check_SkewKurt, winsorise, log_CT, Treat.numeric) and the
e1071 type-2 formulas, without looking at the C# code. Sums use math.fsum (exactly rounded), so the C# results
(plain left-to-right sums) must agree to ~1e-12, not bit for bit. None stands for R's NA.

Run: python3 coinr_treat.py   -> prints the expected values used by WinsorisationTests.cs / ShapeTests.cs.
"""
import math


def _present(x):
    return [v for v in x if v is not None and not math.isnan(v)]


def skew(x):
    v = _present(x)
    n = len(v)
    if n < 3:
        return None
    m = math.fsum(v) / n
    d = [a - m for a in v]
    s2 = math.fsum(a * a for a in d)
    s3 = math.fsum(a ** 3 for a in d)
    if s2 == 0:
        return None  # 0/0 = NaN in R
    g = math.sqrt(n) * s3 / s2 ** 1.5
    return g * math.sqrt(n * (n - 1)) / (n - 2)


def kurt(x):
    v = _present(x)
    n = len(v)
    if n < 4:
        return None
    m = math.fsum(v) / n
    d = [a - m for a in v]
    s2 = math.fsum(a * a for a in d)
    s4 = math.fsum(a ** 4 for a in d)
    if s2 == 0:
        return None
    r = n * s4 / s2 ** 2
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


def r_or(a, b):
    """R's three-valued |."""
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def check(x, st=2.0, kt=3.5):
    s, k = skew(x), kurt(x)
    return r_or(None if s is None else abs(s) < st, None if k is None else k < kt), s, k


def winsorise(x, winmax=5, st=2.0, kt=3.5):
    x = list(x)
    passing = check(x, st, kt)[0]
    nwin = 0
    imax, imin = [], []
    if passing is False:
        while passing is False and nwin < winmax:
            if skew(x) >= 0:
                mx = max(_present(x))
                imax = [i for i, v in enumerate(x) if _ok(v) and v == mx]
                rest = max(v for i, v in enumerate(x) if i not in imax and _ok(v))
                for i in imax:
                    x[i] = rest
            else:
                mn = min(_present(x))
                imin = [i for i, v in enumerate(x) if _ok(v) and v == mn]
                rest = min(v for i, v in enumerate(x) if i not in imin and _ok(v))
                for i in imin:
                    x[i] = rest
            nwin = len(imax) + len(imin)
            passing = check(x, st, kt)[0]
            if passing is None and nwin < winmax:
                raise ValueError("NA in while condition")  # R errors; Treat.data.frame returns x untreated
    treated = [""] * len(x)
    for i in imax:
        treated[i] = "winhi"
    for i in imin:
        treated[i] = "winlo"
    return x, nwin, treated


def _ok(v):
    return v is not None and not math.isnan(v)


def log_ct(x):
    v = _present(x)
    mn, mx = min(v), max(v)
    return [None if a is None or math.isnan(a) else math.log(a - mn + 0.01 * (mx - mn)) for a in x]


def treat(x, winmax=5, st=2.0, kt=3.5):
    """Treat.numeric with the default specs; returns (values, transform, nwin, marks, skew/kurt before and after)."""
    p0, s0, k0 = check(x, st, kt)
    if p0 is None or p0:
        return list(x), "none", 0, [""] * len(x), (s0, k0, s0, k0, p0)
    try:
        x1, nwin, marks = winsorise(x, winmax, st, kt)
    except ValueError:
        return list(x), "none", 0, [""] * len(x), (s0, k0, s0, k0, None)
    p1, s1, k1 = check(x1, st, kt)
    if p1 is None:
        return list(x), "none", 0, [""] * len(x), (s0, k0, s0, k0, None)
    if p1:
        return x1, "winsorise", nwin, marks, (s0, k0, s1, k1, True)
    x2 = log_ct(x)
    p2, s2, k2 = check(x2, st, kt)
    if p2 is None:
        return list(x), "none", 0, [""] * len(x), (s0, k0, s0, k0, None)
    return x2, "log_CT", 0, [""] * len(x), (s0, k0, s2, k2, p2)


CASES = {
    "passing": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {}),
    "one_high": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 40], {}),
    "tied_high": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 60, 60], {}),
    "one_low": ([-40, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], {}),
    "log_ct": ([2.0 ** k for k in range(16)], {}),
    "limit1_log": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 60, 100], {"winmax": 1}),
    "limit2_win": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 60, 100], {"winmax": 2}),
    "nan": ([1, None, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, None, 14, 40], {}),
    "constant_after": ([1, 1, 1, 1, 1, 1, 1, 1, 1, 100], {}),
    "shape": ([3.1, -2.5, 0.4, 8.8, 1.25, 0.0, 2.2], {}),
}

if __name__ == "__main__":
    for name, (x, kw) in CASES.items():
        vals, tr, nwin, marks, (s0, k0, s1, k1, p) = treat(x, **kw)
        print(f"{name}: transform={tr} nwin={nwin} pass={p}")
        print(f"   skew0={s0!r} kurt0={k0!r} skew1={s1!r} kurt1={k1!r}")
        print(f"   values={[v for v in vals]!r}")
        print(f"   marks={[(i, m) for i, m in enumerate(marks) if m]!r}")
