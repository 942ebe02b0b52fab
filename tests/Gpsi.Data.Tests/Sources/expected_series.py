#!/usr/bin/env python3
"""Independent reference for the source readers: per catalogued series, how many records the shared data should give.

Reads catalogue/sources.yaml and every table file with Python's csv module and writes expected_series.csv:
indicator, records (non-blank value cells in rows passing the series filter), blank_code (of those, rows without
an entity code), estimated (rows with an uncertainty bound or an at-least marker), sum (of values after scale).
Run from the repository root: python3 tests/Gpsi.Data.Tests/Sources/expected_series.py [data folder]
"""
import csv
import math
import os
import sys

import yaml

TABLE_FORMATS = {"owid-long", "who-gho", "wgi-long", "wjp-wide", "itu-gci", "rdatasets-grid"}
DEFAULT_CODE = {"owid-long": "Code", "who-gho": "code", "wgi-long": "wb_code", "wjp-wide": "Abbreviation",
                "itu-gci": "iso3", "rdatasets-grid": "iso3"}

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", ".."))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(root, "..", "shared", "data"))
catalogue = yaml.safe_load(open(os.path.join(root, "catalogue", "sources.yaml"), encoding="utf-8"))

def gtd_events(source):
    """Country-year aggregates of the GTD event rows: incidents, deaths, injuries, property-damage band points."""
    groups = {}
    with open(os.path.join(data, source["file"]), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = (row["iso3"].strip() or row["country_gtd"].strip(), row["year"].strip())
            g = groups.setdefault(key, {"incidents": 0, "nkill": 0.0, "nwound": 0.0, "propvalue_band": 0,
                                        "blank": row["iso3"].strip() == "", "known": set()})
            g["incidents"] += 1
            for measure in ("nkill", "nwound"):
                if row[measure].strip():
                    g[measure] += float(row[measure])
                    g["known"].add(measure)
            value = row["propvalue"].strip()
            if value and float(value) != -99:
                v = float(value)
                g["propvalue_band"] += 1 if v < 1e6 else 2 if v < 1e9 else 3  # GTD codebook: >= US$1bn is band 3
            g["known"].update(("incidents", "propvalue_band"))
    for series in source["series"]:
        measure = series["column"]
        present = [g for g in groups.values() if measure in g["known"]]
        rows_out.append([series["indicator"], len(present), sum(g["blank"] for g in present), 0,
                         repr(float(sum(g[measure] for g in present)))])


rows_out = []
for source in catalogue["sources"]:
    if source["format"] == "gtd-events":
        gtd_events(source)
        continue
    if source["format"] not in TABLE_FORMATS:
        continue
    options = source.get("options") or {}
    missing = {t.strip() for t in str(options.get("missing-values", "")).split(",") if t.strip()}
    marker = options.get("at-least-marker")
    with open(os.path.join(data, source["file"]), encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    code_column = options.get("code-column", DEFAULT_CODE[source["format"]])
    for series in source["series"]:
        scale = float(series.get("scale", 1))
        wanted = {k: str(v) for k, v in (series.get("filter") or {}).items()}
        records = blank_code = estimated = 0
        total = 0.0
        for row in table:
            if any(row[k].strip() != v for k, v in wanted.items()):
                continue
            text = row[series["column"]].strip()
            if text == "" or text in missing:
                continue
            is_estimate = False
            if marker and text.startswith(marker):
                text = text[len(marker):].strip()
                is_estimate = True
            if source["format"] == "who-gho" and (row.get("low", "").strip() or row.get("high", "").strip()):
                is_estimate = True
            value = float(text) * scale
            assert math.isfinite(value), (source["id"], series["indicator"], text)
            records += 1
            total += value
            blank_code += row[code_column].strip() == ""
            estimated += is_estimate
        rows_out.append([series["indicator"], records, blank_code, estimated, repr(total)])

with open(os.path.join(here, "expected_series.csv"), "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["indicator", "records", "blank_code", "estimated", "sum"])
    writer.writerows(rows_out)
print(f"{len(rows_out)} series written")
