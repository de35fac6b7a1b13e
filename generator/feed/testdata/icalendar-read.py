"""Read iCalendar files with Python's icalendar package and print what it made of them.

Prints one JSON object keyed by file name: the calendar name and every
event's decoded values. Used by interop_test.go.
"""

import datetime
import json
import sys

import icalendar


def when(prop):
    """Return "2026-11-10" for a date, "2026-11-17T20:00:00Z" for a UTC date-time."""
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.utcoffset() != datetime.timedelta(0):
            raise ValueError("not a UTC time: %r" % (value,))
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def text(component, name):
    value = component.get(name)
    return "" if value is None else str(value)


def categories(event):
    value = event.get("categories")
    if value is None:
        return []
    return [str(c) for c in value.cats]


def read_event(event):
    out = {
        "uid": text(event, "uid"),
        "summary": text(event, "summary"),
        "description": text(event, "description"),
        "url": text(event, "url"),
        "categories": categories(event),
        "start": when(event.get("dtstart")),
        "end": when(event.get("dtend")),
        "transp": text(event, "transp"),
        "status": text(event, "status"),
        "dtstamp": when(event.get("dtstamp")),
        "modified": when(event.get("last-modified")),
        "sequence": int(event.get("sequence", 0)),
        "alarms": [],
    }
    for alarm in event.walk("VALARM"):
        out["alarms"].append({
            "action": text(alarm, "action"),
            "description": text(alarm, "description"),
            "trigger": int(alarm.get("trigger").dt.total_seconds()),
        })
    return out


def main(files):
    result = {}
    for name in files:
        with open(name, "rb") as f:
            cal = icalendar.Calendar.from_ical(f.read())
        result[name] = {
            "name": text(cal, "name"),
            "calname": text(cal, "x-wr-calname"),
            "events": [read_event(e) for e in cal.walk("VEVENT")],
        }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
