# Independent reference for the PCA tests (PrincipalComponentsTests, PcaWeightsTests): correlation matrix of the
# complete rows (sd with n - 1), then power iteration with deflation for eigenvalues/eigenvectors, Python stdlib only.
# Run: python3 pca_reference.py
import math

nan = float("nan")


def corr(cols):
    rows = [r for r in zip(*cols) if all(v == v for v in r)]
    n = len(rows)
    cols = list(zip(*rows))
    z = []
    for c in cols:
        m = sum(c) / n
        sd = math.sqrt(sum((v - m) ** 2 for v in c) / (n - 1))
        z.append([(v - m) / sd for v in c])
    p = len(z)
    return n, [[sum(z[i][k] * z[j][k] for k in range(n)) / (n - 1) for j in range(p)] for i in range(p)]


def power(R, iters=20000):
    p = len(R)
    v = [1.0 / math.sqrt(p) + 0.01 * i for i in range(p)]
    for _ in range(iters):
        w = [sum(R[i][j] * v[j] for j in range(p)) for i in range(p)]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
    lam = sum(v[i] * sum(R[i][j] * v[j] for j in range(p)) for i in range(p))
    return lam, v


def pca(cols):
    n, R = corr(cols)
    p = len(R)
    out = []
    for _ in range(p):
        lam, v = power(R)
        if sum(v) < 0:
            v = [-x for x in v]
        out.append((lam, v))
        R = [[R[i][j] - lam * v[i] * v[j] for j in range(p)] for i in range(p)]
    return n, out


three = [[1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 9], [5, 3, 4, 1, 2, 2, 0, 1]]
n, res = pca(three)
print("three: rows", n)
for lam, v in res:
    print(repr(lam), [repr(x) for x in v])
print("PC1 share", repr(res[0][0] / 3))

# Build test: group P = a, b, c over two years of four units (one incomplete row); group Q = d, e.
a = [1, 2, 3, 4, 2, 3, 5, 6]
b = [2, 1, 4, 3, 3, nan, 6, 5]
c = [3, 3, 1, 0, 2, 1, 0, 1]
n, res = pca([a, b, c])
print("P: rows", n, "PC1", [repr(x) for x in res[0][1]])
d = [1, 2, 3, 4, 5, 6, 7, 8]
e = [2, 1, 4, 3, 6, 5, 8, 7]
n, res = pca([d, e])
print("Q: rows", n, "PC1", [repr(x) for x in res[0][1]], "lam", [repr(l) for l, _ in res])

# amean of P with the PC1 loadings as weights (NaN children drop out): cell 2020/U1 and 2021/U2.
n, res = pca([a, b, c])
w = res[0][1]
print("P 2020/U1", repr((w[0] * 1 + w[1] * 2 + w[2] * 3) / sum(w)))
print("P 2021/U2", repr((w[0] * 3 + w[2] * 1) / (w[0] + w[2])))
