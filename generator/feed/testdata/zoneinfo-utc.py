"""Convert local times to UTC with Python's zoneinfo, as PEP 495 reads them.

Each argument is ZONE=YYYY-MM-DDTHH:MM. A time that the clocks skip or
repeat is read with fold=0: in a gap, with the offset before the gap (as
RFC 5545 section 3.3.5 says); in a repeated hour, as its first occurrence.
Prints one JSON object: each argument and its UTC time, "2027-03-14T08:30:00Z".
Used by interop_test.go.
"""

import datetime
import json
import sys
import zoneinfo


def main(args):
    out = {}
    for arg in args:
        zone, local = arg.split("=", 1)
        wall = datetime.datetime.strptime(local, "%Y-%m-%dT%H:%M")
        aware = wall.replace(tzinfo=zoneinfo.ZoneInfo(zone), fold=0)
        out[arg] = aware.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
