#!/usr/bin/python3
"""Writes time_reference.csv: expected dates for time-unit strings x calendars, from cftime.num2date.

The C# decoder (src/Trendy.Core/Cf/Time) is tested against this table, so the expectations come from an
independent implementation. Run with the Debian package:  apt-get install -y python3-cftime
    /usr/bin/python3 make_time_reference.py > time_reference.csv
Forms cftime cannot decode (years since, months since outside 360_day, ISAM %Y.%f formats, "AD" origins,
year-0 origins in the standard/julian calendars) are tested by hand in the C# tests instead.
Combinations cftime rejects are skipped and listed on stderr.
"""
import csv
import sys

import cftime

CALENDARS = ["standard", "gregorian", "proleptic_gregorian", "julian",
             "noleap", "365_day", "all_leap", "366_day", "360_day"]

# Units strings as written in TRENDY files (docs/quirks.md §5) plus sloppy spellings.
UNITS = [
    "days since 1700-01-01",
    "days since 1700-01-01 00:00:00",
    "days since 1700-1-1",
    "days since 1700-1-1 0:0:0",
    "Days since 1700-01-01",
    "DAYS SINCE 1700-01-01",
    "days  since  1700-01-01",
    " days since 1700-01-01 ",
    "day since 1700-01-01",
    "d since 1700-01-01",
    "days since 1699-12-31",
    "days since 1701-01-16",
    "days since 1980-01-01",
    "days since 0001-01-01",
    "days since 1-1-1",
    "days since 0001-01-01 00:00:00",
    "days since 1700-6-15 12:00:00",
    "days since 1901-01-01T00:00:00Z",
    "days since 1901-01-01T00:00:00",
    "days since 1700-01-01 00:00:00.0",
    "days since 1700-01-01 00:00:00 (double)",
    "days since 1850-01-01 00:00:00 UTC",
    "days since 1582-10-01",
    "days since 1500-03-01",
    "hours since 1700-01-01",
    "hours since 1700-01-01 00:00:00",
    "hours since 1701-01-16",
    "hours since 1701-07-01",
    "hours since 1900-01-01",
    "hour since 1900-01-01",
    "hrs since 1900-01-01",
    "hr since 1900-01-01",
    "h since 1900-01-01",
    "minutes since 1900-01-01",
    "mins since 1900-01-01",
    "min since 1900-01-01",
    "seconds since 1970-01-01",
    "seconds since 1970-01-01 00:00:00",
    "sec since 1970-01-01",
    "secs since 1970-01-01",
    "s since 1970-01-01",
    "seconds since 1901-01-01 00:00:00",
    "days since 2003-01-01",
    "days since 1700-01-01 12:00:00",
    "hours since 1860-01-01 06:00:00",
    "days since 0000-01-01",
    "months since 1700-01-16",
    "months since 1700-01-01",
    "month since 1700-1-1",
]

# Offsets per unit chosen to hit month ends, leap days, century years, the 1582 gap and fractions of a day.
VALUES = {
    "days": [0, 1, 15.5, 31, 58, 59, 59.5, 365, 366, 1460, 1461, 36524, 36525, 118340, 118339.25],
    "d": [0, 59, 1461, 118340],
    "day": [0, 59, 1461, 118340],
    "hours": [0, 1, 12, 1416, 8760, 8784, 2838960.5],
    "minutes": [0, 90, 1440, 525600, 527040],
    "seconds": [0, 86399, 86400, 31536000, 31622400, 1700000000],
    "months": [0, 0.5, 1, 1.5, 11, 12, 3887],
}
VALUES_0001 = [0, 577460, 577737, 577738, 620000, 620545.5, 693595]


def unit_key(units):
    word = units.strip().split()[0].lower()
    for key, names in {
        "days": ["days", "day", "d"], "hours": ["hours", "hour", "hrs", "hr", "h"],
        "minutes": ["minutes", "mins", "min"], "seconds": ["seconds", "sec", "secs", "s"],
        "months": ["months", "month"],
    }.items():
        if word in names:
            return key
    raise ValueError(units)


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["units", "calendar", "value", "expected"])
    rows = 0
    for units in UNITS:
        key = unit_key(units)
        values = VALUES_0001 if ("0001" in units or "1-1-1" in units) and key == "days" else VALUES[key]
        for calendar in CALENDARS:
            if key == "months" and calendar != "360_day":
                continue  # cftime refuses months outside 360_day; tested by hand in C#
            for value in values:
                try:
                    d = cftime.num2date(value, units, calendar=calendar)
                except (ValueError, TypeError) as e:
                    print(f"skip {units!r} {calendar} {value}: {e}", file=sys.stderr)
                    continue
                if d.microsecond != 0:
                    print(f"skip {units!r} {calendar} {value}: sub-second result", file=sys.stderr)
                    continue
                iso = f"{d.year:04d}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"
                out.writerow([units, calendar, repr(float(value)), iso])
                rows += 1
    print(f"{rows} rows from cftime {cftime.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
