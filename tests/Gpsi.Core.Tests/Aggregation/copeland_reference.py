# Independent reference for CopelandTests: COINr's outrankMatrix + a_copeland written out literally in Python
# (full matrix, upper triangle then 1 - upper, as the R code loops). Run: python3 copeland_reference.py
nan = float("nan")


def copeland(X, w):
    s = sum(w)
    w = [v / s for v in w]
    n = len(X)
    alive = [any(v == v for v in row) for row in X]  # GPSI: all-NaN units are left out (NaN score)
    O = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j or not (alive[i] and alive[j]):
                continue
            if i > j:
                O[i][j] = 1 - O[j][i]
            else:
                O[i][j] = sum(w[k] for k in range(len(w)) if X[i][k] > X[j][k]) + \
                    sum(w[k] for k in range(len(w)) if X[i][k] == X[j][k]) / 2
    scores = []
    for i in range(n):
        if not alive[i]:
            scores.append(nan)
            continue
        sc = 0
        for j in range(n):
            if j == i or not alive[j]:
                continue
            sc += 1 if O[i][j] > 0.5 else (-1 if O[i][j] < 0.5 else 0)
        scores.append(sc)
    return scores


print("ties", copeland([[3, 1, 2], [2, 1, 5], [1, 4, 2], [3, 1, 2]], [1, 2, 1]))
print("nan", copeland([[1, nan, 3], [2, 2, nan], [nan, nan, nan], [0, 5, 3]], [1, 1, 1]))
print("disjoint", copeland([[5, nan], [nan, 5]], [1, 1]))
