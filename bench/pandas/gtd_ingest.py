#!/usr/bin/env python3
"""pandas baseline for GPSI's GtdEventAggregator (issue 3).

Reads a GTD events file (nkill, nwound, propvalue, country_gtd, iso3, year) with pd.read_csv and aggregates it per
(iso3, or country_gtd when iso3 is blank; year): incidents = rows, deaths = sum of nkill, injuries = sum of nwound
(blanks skipped), property-damage bands (< US$1m -> 1, US$1m to < 1bn -> 2, >= US$1bn -> 3, blank or -99 -> 0) and
the counts of unknown nkill / nwound / propvalue -- the same work as the C# reader.

Usage: /usr/bin/python3 bench/pandas/gtd_ingest.py FILE [--runs 3] [--out groups.csv]
Prints one JSON line (timings of the best and median run after one warm-up, peak RSS, totals). --out writes the
per-country-year result in the format GtdIngestRun compares with its own.
"""
import argparse
import csv
import json
import resource
import statistics
import time

import numpy as np
import pandas as pd

DTYPES = {"nkill": "float64", "nwound": "float64", "propvalue": "float64", "country_gtd": "object",
          "iso3": "object", "year": "int64"}


def ingest(path):
    start = time.perf_counter()
    df = pd.read_csv(path, dtype=DTYPES, keep_default_na=False, na_values=[""])
    read = time.perf_counter()
    key = df["iso3"].where(df["iso3"].notna(), df["country_gtd"])
    pv = df["propvalue"]
    unknown_property = pv.isna() | (pv == -99)
    band = np.select([unknown_property, pv < 1e6, pv < 1e9], [0, 1, 2], 3)
    work = pd.DataFrame({"key": key, "year": df["year"], "nkill": df["nkill"], "nwound": df["nwound"], "band": band,
                         "deaths_unknown": df["nkill"].isna(), "injuries_unknown": df["nwound"].isna(),
                         "property_unknown": unknown_property})
    groups = work.groupby(["key", "year"], sort=True).agg(
        incidents=("year", "size"), deaths=("nkill", "sum"), injuries=("nwound", "sum"), bands=("band", "sum"),
        deaths_unknown=("deaths_unknown", "sum"), injuries_unknown=("injuries_unknown", "sum"),
        property_unknown=("property_unknown", "sum"))
    done = time.perf_counter()
    return len(df), groups, read - start, done - read, done - start


def number(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out")
    args = parser.parse_args()
    ingest(args.file)  # warm-up, as for the C# runs
    cpu = time.process_time()
    results = [ingest(args.file) for _ in range(args.runs)]
    cpu = (time.process_time() - cpu) / args.runs
    best = min(results, key=lambda r: r[4])
    rows, groups = best[0], best[1]
    if args.out:
        with open(args.out, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["key", "year", "incidents", "deaths", "injuries", "bands", "deaths_unknown",
                        "injuries_unknown", "property_unknown"])
            for (key, year), g in groups.iterrows():
                w.writerow([key, year, int(g.incidents), number(g.deaths), number(g.injuries), int(g.bands),
                            int(g.deaths_unknown), int(g.injuries_unknown), int(g.property_unknown)])
    print(json.dumps({
        "engine": f"pandas {pd.__version__}", "rows": rows, "parallelism": 1,
        "best_seconds": best[4], "median_seconds": statistics.median(r[4] for r in results),
        "read_seconds": best[2], "group_seconds": best[3], "cpu_seconds_per_run": cpu,
        "peak_working_set_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "allocated_bytes_per_run": 0, "groups": len(groups), "incidents": int(groups.incidents.sum()),
        "deaths": float(groups.deaths.sum()), "injuries": float(groups.injuries.sum()), "bands": int(groups.bands.sum()),
    }))


if __name__ == "__main__":
    main()
