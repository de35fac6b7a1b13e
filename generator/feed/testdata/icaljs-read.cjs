// Reads each iCalendar file named on the command line with Mozilla's ical.js
// and prints, as one JSON object keyed by file name, what it made of them:
// the calendar name and every event's decoded values. Used by interop_test.go.
// ical.js is found the usual way for require(), for example through NODE_PATH.
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

function when(t) {
  // "2026-11-10" for a date, "2026-11-17T20:00:00Z" for a UTC date-time.
  return t ? t.toString() : '';
}

function readEvent(ev) {
  const categories = ev.getFirstProperty('categories');
  const out = {
    uid: ev.getFirstPropertyValue('uid') || '',
    summary: ev.getFirstPropertyValue('summary') || '',
    description: ev.getFirstPropertyValue('description') || '',
    url: ev.getFirstPropertyValue('url') || '',
    categories: categories ? categories.getValues() : [],
    start: when(ev.getFirstPropertyValue('dtstart')),
    end: when(ev.getFirstPropertyValue('dtend')),
    transp: ev.getFirstPropertyValue('transp') || '',
    status: ev.getFirstPropertyValue('status') || '',
    dtstamp: when(ev.getFirstPropertyValue('dtstamp')),
    modified: when(ev.getFirstPropertyValue('last-modified')),
    sequence: ev.getFirstPropertyValue('sequence') || 0,
    alarms: ev.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action') || '',
      description: alarm.getFirstPropertyValue('description') || '',
      trigger: alarm.getFirstPropertyValue('trigger').toSeconds(),
    })),
  };
  return out;
}

const result = {};
for (const file of process.argv.slice(2)) {
  const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  result[file] = {
    name: cal.getFirstPropertyValue('name') || '',
    calname: cal.getFirstPropertyValue('x-wr-calname') || '',
    events: cal.getAllSubcomponents('vevent').map(readEvent),
  };
}
process.stdout.write(JSON.stringify(result));
