// One-click recording on the pages of followup serve: on an application's
// page, Done and Skip for each of its pending actions and a form to add an
// event of any type; on every other page, Done and Skip beside each pending
// action it lists. A decision offers Move on and Keep waiting instead. It
// exists only in serve.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.fetch || !window.URLSearchParams) { return; }
  // The server forbids framing its pages; should a browser frame one all
  // the same, it offers no button there for another page to have clicked.
  if (window.top !== window.self) { return; }
  var dir = me.src.replace(/livereload\.js(\?.*)?$/, "");
  var base = new URL(dir, location.href).pathname.replace(/__followup\/$/, "");
  var prefix = base + "applications/";
  var slug = "";
  if (location.pathname.indexOf(prefix) === 0) {
    var rest = location.pathname.slice(prefix.length).split("/");
    if (rest[0] && rest.length <= 2 && (rest[1] === "" || rest[1] === "index.html")) {
      slug = decodeURIComponent(rest[0]);
    }
  }
  var token = "";
  var callOutcomes = []; // the outcomes of a call a record accepts, from serve

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }

  function post(fields, status) {
    var body = new URLSearchParams(fields);
    body.set("token", token);
    if (!body.get("app")) { body.set("app", slug); }
    status.textContent = "saving…";
    fetch(dir + "capture", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (j) { status.textContent = j.ok ? j.message : j.error; })
      .catch(function (e) { status.textContent = String(e); });
  }

  function outcomes() {
    var s = el("select", { name: "outcome", "aria-label": "outcome" });
    [""].concat(callOutcomes).forEach(function (o) { s.appendChild(el("option", { value: o }, o || "outcome")); });
    return s;
  }

  function actionRow(a, today) {
    var li = el("li", { "data-action": a.id });
    li.appendChild(el("span", {}, a.due + "  " + a.summary + " "));
    var date = el("input", { type: "date", name: "date", value: today, "aria-label": "date" });
    li.appendChild(date);
    var outcome = a.kind === "call" ? outcomes() : null;
    if (outcome) { li.appendChild(outcome); }
    buttons(li, "", a.id, a.kind, date, outcome);
    return li;
  }

  // buttons adds to box what can be done with the action id of app ("":
  // the page's): Done and Skip, or for a decision its two answers.
  function buttons(box, app, id, kind, date, outcome) {
    var status = el("output", {});
    var choices = kind === "decision" ?
      [["capture-move-on", "Move on", { op: "moveon" }], ["capture-skip", "Keep waiting", { op: "skip" }]] :
      [["capture-done", "Done", { op: "done" }], ["capture-skip", "Skip", { op: "skip" }]];
    if (kind === "decision") { date.hidden = true; }
    choices.forEach(function (c) {
      var b = el("button", { type: "button", "class": c[0] }, c[1]);
      b.addEventListener("click", function () {
        var fields = c[2];
        fields.action = id;
        if (app) { fields.app = app; }
        if (fields.op === "done") {
          fields.date = date.value;
          fields.outcome = outcome ? outcome.value : "";
        }
        post(fields, status);
      });
      box.appendChild(b);
    });
    box.appendChild(status);
  }

  function addForm(today, types) {
    var form = el("form", { "class": "capture-add" });
    form.appendChild(el("h3", {}, "Add an event"));
    var type = el("select", { name: "type", "aria-label": "type" });
    types.forEach(function (t) { type.appendChild(el("option", { value: t }, t)); });
    form.appendChild(type);
    form.appendChild(el("input", { type: "text", name: "date", value: today, "aria-label": "date", placeholder: "YYYY-MM-DD or YYYY-MM-DDTHH:MM" }));
    ["to", "with", "from", "note"].forEach(function (n) {
      form.appendChild(el("input", { type: "text", name: n, placeholder: n, "aria-label": n }));
    });
    form.appendChild(outcomes());
    form.appendChild(el("button", { type: "submit" }, "Add"));
    var status = el("output", {});
    form.appendChild(status);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var fields = { op: "log" };
      new FormData(form).forEach(function (v, k) { fields[k] = v; });
      post(fields, status);
    });
    return form;
  }

  // inline adds Done and Skip to li, a pending action another page lists.
  function inline(li, today) {
    var app = li.getAttribute("data-app"), id = li.getAttribute("data-action");
    var box = el("p", { "class": "capture-inline no-print" });
    var date = el("input", { type: "date", name: "date", value: today, "aria-label": "date done" });
    box.appendChild(date);
    var outcome = li.classList.contains("kind-call") ? outcomes() : null;
    if (outcome) { box.appendChild(outcome); }
    buttons(box, app, id, li.classList.contains("kind-decision") ? "decision" : "", date, outcome);
    li.appendChild(box);
  }

  // inlineAll adds Done and Skip to every pending action of the page, once
  // the page is parsed: this script runs from <head>.
  function inlineAll() {
    var items = document.querySelectorAll("main li[data-app][data-action]");
    if (items.length === 0) { return; }
    fetch(dir + "capture/actions?app=" + encodeURIComponent(items[0].getAttribute("data-app")), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.ok) { return; }
        token = data.token;
        callOutcomes = data.outcomes;
        Array.prototype.forEach.call(items, function (li) { inline(li, data.today); });
      });
  }

  if (!slug) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", inlineAll);
    } else {
      inlineAll();
    }
    return;
  }

  fetch(dir + "capture/actions?app=" + encodeURIComponent(slug), { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data || !data.ok) { return; }
      token = data.token;
      callOutcomes = data.outcomes;
      var box = el("section", { id: "followup-capture", "class": "no-print" });
      box.appendChild(el("h2", {}, "Record what happened"));
      var list = el("ul", {});
      data.pending.forEach(function (a) { list.appendChild(actionRow(a, data.today)); });
      if (data.pending.length === 0) { list.appendChild(el("li", {}, "Nothing pending.")); }
      box.appendChild(list);
      box.appendChild(addForm(data.today, data.types));
      (document.querySelector("main") || document.body).appendChild(box);
    });
})();
