// One-click recording on the pages of followup serve: on an application's
// page, Done and Skip for each of its pending actions and a form to add an
// event; on every other page, Done and Skip beside each pending action it
// lists. It exists only in serve.
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
    ["", "spoke", "voicemail", "no-answer"].forEach(function (o) { s.appendChild(el("option", { value: o }, o || "outcome")); });
    return s;
  }

  function actionRow(a, today) {
    var li = el("li", { "data-action": a.id });
    li.appendChild(el("span", {}, a.due + "  " + a.summary + " "));
    var date = el("input", { type: "date", name: "date", value: today, "aria-label": "date" });
    li.appendChild(date);
    var outcome = a.kind === "call" ? outcomes() : null;
    if (outcome) { li.appendChild(outcome); }
    var done = el("button", { type: "button", "class": "capture-done" }, "Done");
    var skip = el("button", { type: "button", "class": "capture-skip" }, "Skip");
    var status = el("output", {});
    done.addEventListener("click", function () {
      post({ op: "done", action: a.id, date: date.value, outcome: outcome ? outcome.value : "" }, status);
    });
    skip.addEventListener("click", function () { post({ op: "skip", action: a.id }, status); });
    li.appendChild(done);
    li.appendChild(skip);
    li.appendChild(status);
    return li;
  }

  function addForm(today) {
    var form = el("form", { "class": "capture-add" });
    form.appendChild(el("h3", {}, "Add an event"));
    var type = el("select", { name: "type", "aria-label": "type" });
    ["call", "email", "reply", "phone-screen", "interview", "thank-you", "letter", "network", "offer", "rejected", "note"]
      .forEach(function (t) { type.appendChild(el("option", { value: t }, t)); });
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
    var done = el("button", { type: "button", "class": "capture-done" }, "Done");
    var skip = el("button", { type: "button", "class": "capture-skip" }, "Skip");
    var status = el("output", {});
    done.addEventListener("click", function () {
      post({ op: "done", app: app, action: id, date: date.value, outcome: outcome ? outcome.value : "" }, status);
    });
    skip.addEventListener("click", function () { post({ op: "skip", app: app, action: id }, status); });
    box.appendChild(done);
    box.appendChild(skip);
    box.appendChild(status);
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
      var box = el("section", { id: "followup-capture", "class": "no-print" });
      box.appendChild(el("h2", {}, "Record what happened"));
      var list = el("ul", {});
      data.pending.forEach(function (a) { list.appendChild(actionRow(a, data.today)); });
      if (data.pending.length === 0) { list.appendChild(el("li", {}, "Nothing pending.")); }
      box.appendChild(list);
      box.appendChild(addForm(data.today));
      (document.querySelector("main") || document.body).appendChild(box);
    });
})();
