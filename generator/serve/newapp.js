// The New application form of followup serve, filled from the posting the
// bookmarklet copied into this page's fragment. It sends the posting to
// this serve only.
(function () {
  "use strict";
  if (window.top !== window.self || !window.fetch) { return; }
  var dir = location.pathname.replace(/new$/, "");
  var form = document.getElementById("new-app");
  var status = document.getElementById("status");
  var notes = document.getElementById("notes");
  var data = null;
  try { data = JSON.parse(decodeURIComponent(location.hash.slice(1))); } catch (e) { data = null; }
  if (!data || typeof data.html !== "string") { return; }
  var token = "";

  function post(fields) {
    var body = new URLSearchParams(fields);
    body.set("token", token);
    body.set("html", data.html);
    body.set("url", String(data.url || ""));
    return fetch(dir + "capture", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) { return r.json(); });
  }

  function show(j) {
    status.textContent = j.ok ? (j.message || "") : j.error;
  }

  fetch(dir + "capture/new", { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (j) {
      token = j.token;
      return post({ op: "preview" });
    })
    .then(function (j) {
      if (!j.ok) { show(j); return; }
      Object.keys(j.fields).forEach(function (k) { if (form.elements[k]) { form.elements[k].value = j.fields[k]; } });
      (j.unread || []).forEach(function (u) {
        var li = document.createElement("li");
        li.textContent = "Not read from the page: " + u;
        notes.appendChild(li);
      });
      form.hidden = false;
      form.setAttribute("data-filled", "1");
    })
    .catch(function (e) { status.textContent = String(e); });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var fields = { op: "add" };
    ["company", "role", "location", "salary", "link", "reference", "apply_by", "applied"].forEach(function (k) {
      fields[k] = form.elements[k].value;
    });
    status.textContent = "saving…";
    post(fields).then(show).catch(function (e) { status.textContent = String(e); });
  });
})();
