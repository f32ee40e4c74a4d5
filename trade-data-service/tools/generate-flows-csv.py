#!/usr/bin/env python3
"""Writes a CSV of N distinct trade flows in the import layout, for the import benchmark.

    python3 trade-data-service/tools/generate-flows-csv.py 100000 > /tmp/flows-100k.csv

Rows: reporter US, partner GB (both seeded), calendar years from 1901 on (years no seed data uses),
both directions, HS6 codes 010110, 010111, ...; values are deterministic pseudo-random whole dollars.
Each row is unique in (reporter, partner, period, direction, product), so the file imports cleanly.
"""
import random
import sys


def main(rows):
    rng = random.Random(20250402)
    out = sys.stdout
    out.write("reporter,partner,period,basis,direction,product_level,hs_code,value_usd,precision,precision_note\n")
    codes_per_year = 5000
    written = 0
    year = 1901
    while written < rows:
        for direction in ("IMPORT", "EXPORT"):
            for i in range(codes_per_year):
                if written == rows:
                    return
                hs6 = f"{10110 + i:06d}"
                out.write(f"US,GB,{year},CALENDAR_YEAR,{direction},HS6,{hs6},{rng.randint(1, 5_000_000_000)},EXACT,generated\n")
                written += 1
        year += 1


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
