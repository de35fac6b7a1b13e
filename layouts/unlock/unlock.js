// unlock.js opens the pages of an encrypted followup site. Each page is an
// unlock page carrying its content sealed for its own address (see the
// package doc of generator/seal for the format). The passphrase is asked
// once: the key it derives, never the passphrase itself, is kept and opens
// every other page without asking; "Lock" forgets it. For the visit, the
// key is kept in sessionStorage, which ends with the tab and holds only
// text, so the key is there as bytes. "Remember on this device" keeps it
// in IndexedDB instead, as a CryptoKey WebCrypto made non-extractable: a
// script of the same origin can use it while it is kept, but cannot read
// it, so it cannot take it away. (A non-extractable key for the visit
// alone would have to be kept in IndexedDB too, which outlives the tab.)
// A page sealed for another address, or changed since it was built, says
// so and is not opened, whatever the passphrase.
(function () {
  "use strict";

  var encoder = new TextEncoder();

  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); }
    return out;
  }

  function base64(buf) {
    var a = new Uint8Array(buf), s = "";
    for (var i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }
    return btoa(s);
  }

  // deriveBits returns bits bits of HKDF-SHA256 with info of the master
  // key of a passphrase (PBKDF2-HMAC-SHA256 of it with salt).
  async function deriveBits(passphrase, salt, iterations, info, bits) {
    var subtle = crypto.subtle;
    var pass = await subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveBits"]);
    var master = await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations }, pass, 256);
    var hk = await subtle.importKey("raw", master, "HKDF", false, ["deriveBits"]);
    var out = await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: encoder.encode(info) }, hk, bits);
    return new Uint8Array(out);
  }

  // deriveKey returns the keys of a passphrase that open pages: the page
  // key K_enc (key) and the key check value (check). The page key is raw
  // bytes, or, when kept is true, a CryptoKey that cannot be read back.
  async function deriveKey(passphrase, salt, iterations, kept) {
    var both = await Promise.all([
      deriveBits(passphrase, salt, iterations, "followup v2 encryption", 256),
      deriveBits(passphrase, salt, iterations, "followup v2 check", 128)
    ]);
    var key = both[0];
    if (kept) {
      key = await crypto.subtle.importKey("raw", key, "AES-GCM", false, ["decrypt"]);
      both[0].fill(0);
    }
    return { key: key, check: both[1] };
  }

  // failure is an error that says why a page did not open: "wrong
  // passphrase", "damaged", "moved" or "version".
  function failure(reason) {
    var e = new Error(reason);
    e.reason = reason;
    return e;
  }

  function same(a, b) {
    if (a.length !== b.length) { return false; }
    var d = 0;
    for (var i = 0; i < a.length; i++) { d |= a[i] ^ b[i]; }
    return d === 0;
  }

  // open decrypts an envelope found at the address at (its path below the
  // site's root) with the keys of deriveKey. It rejects with a failure:
  // "moved" for a page sealed for another address, "wrong passphrase"
  // when the keys are not those it was sealed with, "damaged" when it was
  // changed since.
  async function open(keys, env, at) {
    if (env.v !== 2) { throw failure("version"); }
    if (env.path !== at && env.path !== "404.html") { throw failure("moved"); }
    var key = keys.key instanceof CryptoKey ? keys.key :
      await crypto.subtle.importKey("raw", keys.key, "AES-GCM", false, ["decrypt"]);
    var ad = encoder.encode("followup v2\u0000" + env.type + "\u0000" + env.path);
    var plain;
    try {
      plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes(env.nonce), additionalData: ad }, key, bytes(env.ct));
    } catch (e) {
      throw failure(same(keys.check, bytes(env.check)) ? "damaged" : "wrong passphrase");
    }
    return new TextDecoder("utf-8").decode(plain);
  }

  window.followupUnlock = { deriveBits: deriveBits, deriveKey: deriveKey, open: open, bytes: bytes };

  var me = document.currentScript;
  var sealed = document.getElementById("followup-sealed");
  if (!sealed || !me) { return; }
  var env = JSON.parse(sealed.textContent);
  var slot = "followup-key:" + env.salt;

  // here is the address of this page below the site's root, which is
  // where this script's assets/ directory is.
  var root = new URL(me.src, location.href).pathname.replace(/assets\/unlock\.js$/, "");
  var here = location.pathname.indexOf(root) === 0 ? location.pathname.slice(root.length) : location.pathname;
  if (here === "" || here.slice(-1) === "/") { here += "index.html"; }
  try { here = decodeURIComponent(here); } catch (e) { /* kept as it is */ }

  // store runs fn on the object store of remembered keys, in a
  // transaction of mode, and resolves to the result of its request.
  function store(mode, fn) {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open("followup", 1);
      req.onupgradeneeded = function () { req.result.createObjectStore("keys"); };
      req.onerror = function () { reject(req.error); };
      req.onsuccess = function () {
        var db = req.result, tx = db.transaction("keys", mode), r = fn(tx.objectStore("keys"));
        tx.oncomplete = function () { db.close(); resolve(r.result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      };
    });
  }

  // saved resolves to the keys kept for this site, or null.
  async function saved() {
    try {
      var s = JSON.parse(sessionStorage.getItem(slot));
      if (s && s.key && s.check) { return { key: bytes(s.key), check: bytes(s.check) }; }
    } catch (e) { /* a key kept by an older version: asked again */ }
    try {
      var r = await store("readonly", function (st) { return st.get(slot); });
      if (r && r.key instanceof CryptoKey && r.check) { return r; }
    } catch (e) { /* no IndexedDB here: nothing remembered */ }
    return null;
  }

  // keep keeps the keys for the visit, or remembers them on this device.
  async function keep(keys, remember) {
    if (!remember) {
      sessionStorage.setItem(slot, JSON.stringify({ key: base64(keys.key), check: base64(keys.check) }));
      return;
    }
    try {
      await store("readwrite", function (st) { return st.put(keys, slot); });
    } catch (e) { /* not remembered: asked again next visit */ }
  }

  // forget drops every key kept for this site, then calls done.
  function forget(done) {
    sessionStorage.removeItem(slot);
    localStorage.removeItem(slot); // where versions before 2 remembered it
    store("readwrite", function (st) { return st.delete(slot); }).then(done, done);
  }

  function addLock() {
    var style = document.createElement("style");
    style.textContent = "#followup-lock{position:fixed;right:.75rem;bottom:.75rem;font:.875rem system-ui,sans-serif;" +
      "padding:.25rem .6rem;border:1px solid currentColor;border-radius:.25rem;background:Canvas;color:LinkText}" +
      "@media print{#followup-lock{display:none}}";
    document.head.appendChild(style);
    var a = document.createElement("a");
    a.id = "followup-lock";
    a.href = "#";
    a.textContent = "Lock";
    a.title = "Forget the passphrase on this device";
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      forget(function () { location.reload(); });
    });
    document.body.appendChild(a);
  }

  function show(text) {
    document.open();
    if (env.type === "text") {
      document.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plain text</title></head>" +
        "<body><pre style=\"white-space:pre-wrap;font:1rem/1.4 ui-monospace,monospace\"></pre></body></html>");
      document.close();
      document.querySelector("pre").textContent = text;
    } else {
      document.write(text);
      document.close();
    }
    addLock();
  }

  // The words for a page that will not open whatever the passphrase.
  var broken = {
    moved: "This page was made for another address of the site (" + env.path + ") and was copied or moved here: it is not opened. " +
      "Whoever can change the published files changed it; build and publish the site again.",
    damaged: "This page is damaged: it was changed after it was built, so it is not opened. " +
      "Whoever can change the published files changed it, or it was cut short on its way; build and publish the site again.",
    version: "This page was built by another version of followup than this script's: build and publish the site again."
  };

  var form = document.getElementById("followup-unlock");
  var message = document.getElementById("followup-message");

  function ask(why) {
    message.textContent = why || "";
    form.hidden = false;
    document.getElementById("followup-passphrase").focus();
  }

  // refuse says why the page will not open, and asks nothing.
  function refuse(reason) {
    message.textContent = broken[reason];
    form.hidden = false;
    form.querySelector("button").disabled = true;
    document.getElementById("followup-passphrase").disabled = true;
  }

  form.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var input = document.getElementById("followup-passphrase");
    var button = form.querySelector("button");
    button.disabled = true;
    message.textContent = "Opening…";
    var remember = document.getElementById("followup-remember").checked;
    var keys, text;
    try {
      keys = await deriveKey(input.value, bytes(env.salt), env.iter, remember);
      text = await open(keys, env, here);
    } catch (e) {
      if (broken[e.reason]) { refuse(e.reason); return; }
      button.disabled = false;
      input.select();
      message.textContent = "Wrong passphrase: this is not the passphrase of this site. Try again.";
      return;
    }
    await keep(keys, remember);
    show(text);
  });

  if (env.v !== 2) { refuse("version"); return; }
  if (env.path !== here && env.path !== "404.html") { refuse("moved"); return; }
  saved().then(function (keys) {
    if (!keys) { ask(); return; }
    open(keys, env, here).then(show, function (e) {
      if (broken[e.reason]) { refuse(e.reason); return; }
      forget(function () {
        ask("The saved key does not open this page any more (the passphrase changed?). Type the passphrase.");
      });
    });
  });
})();
