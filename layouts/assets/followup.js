// followup.js marks what is overdue or due soon, and which meetings are
// still to come, from the viewer's own date and clock, narrows long lists
// to the coming week with a toggle, and copies email drafts. Every page is complete without it.
(function () {
  "use strict";

  function iso(d) {
    var m = String(d.getMonth() + 1), day = String(d.getDate());
    return d.getFullYear() + "-" + (m.length < 2 ? "0" + m : m) + "-" + (day.length < 2 ? "0" + day : day);
  }

  function daysBetween(from, to) {
    var a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
    var b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
    return Math.round((b - a) / 86400000);
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var today = iso(new Date());

  // Mark every dated element: overdue, due today, or due this week.
  function mark(el) {
    var due = el.getAttribute("data-due");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) { return null; }
    var n = daysBetween(today, due), text = "", cls = "";
    if (n < 0) { cls = "overdue"; text = "overdue by " + plural(-n, "day"); }
    else if (n === 0) { cls = "due-today"; text = "due today"; }
    else if (n < 7) { cls = "due-soon"; text = n === 1 ? "due tomorrow" : "due in " + plural(n, "day"); }
    if (cls) { el.classList.add(cls); }
    var badge = el.querySelector("[data-badge]");
    if (badge) { badge.textContent = text; }
    return n;
  }

  // Say whether a meeting happened or is still to come, from the viewer's
  // clock: its start when it has a time, else its day.
  function meeting(el) {
    var start = el.getAttribute("data-meeting"), time = el.querySelector("time[datetime]");
    var state = el.querySelector("[data-meeting-state]");
    if (!state || !time) { return; }
    var ahead = start ? Date.parse(start) > Date.now() : time.getAttribute("datetime") > today;
    state.textContent = ahead ? "scheduled" : "happened";
    state.className = "state " + (ahead ? "state-scheduled" : "state-event");
  }

  // Narrow a list to what is overdue or due in the next N days.
  function narrow(list) {
    var days = parseInt(list.getAttribute("data-window"), 10) || 7;
    var later = [];
    Array.prototype.forEach.call(list.children, function (li) {
      var n = li.hasAttribute("data-due") ? daysBetween(today, li.getAttribute("data-due")) : null;
      if (n !== null && n >= days) { later.push(li); }
    });
    var section = list.parentNode;
    var note = section.querySelector("[data-window-note]");
    var button = section.querySelector("[data-window-toggle]");
    var title = document.querySelector("[data-window-title]");
    var shown = list.children.length - later.length;
    if (title) { title.textContent = title.getAttribute("data-window-title"); }
    if (note) {
      note.textContent = (shown === 0 ? "Nothing is due in the next " + days + " days. " : "") +
        (later.length ? plural(later.length, "later item") + " hidden." : "");
      note.hidden = note.textContent === "";
    }
    if (!button || later.length === 0) { return; }
    var all = false;
    function apply() {
      later.forEach(function (li) { li.hidden = !all; });
      button.textContent = all ? "Show the next " + days + " days only" : "Show everything (" + list.children.length + ")";
      button.setAttribute("aria-expanded", all ? "true" : "false");
      if (note) { note.hidden = all || note.textContent === ""; }
    }
    button.hidden = false;
    button.addEventListener("click", function () { all = !all; apply(); });
    apply();
  }

  // Copy the text of the element a button names.
  function copier(button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    var status = document.querySelector("[data-copied]");
    if (!target || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent).then(function () {
        if (status) { status.textContent = "Copied."; }
      }, function () {
        if (status) { status.textContent = "Could not copy: select the text instead."; }
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-due]"), mark);
    Array.prototype.forEach.call(document.querySelectorAll("[data-meeting]"), meeting);
    Array.prototype.forEach.call(document.querySelectorAll("[data-window]"), narrow);
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), copier);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
