// unlock.js opens the pages of an encrypted followup site. Each page is an
// unlock page carrying its content sealed (see the package doc of
// generator/seal for the format). The passphrase is asked once: the key it
// derives, never the passphrase itself, is kept in sessionStorage, or in
// localStorage when "remember on this device" is ticked, and opens every
// other page without asking. "Lock" forgets it.
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

  // deriveKey returns the page key (K_enc) of a passphrase, as raw bytes.
  async function deriveKey(passphrase, salt, iterations) {
    var subtle = crypto.subtle;
    var pass = await subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveBits"]);
    var master = await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations }, pass, 256);
    var hk = await subtle.importKey("raw", master, "HKDF", false, ["deriveBits"]);
    var enc = await subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: encoder.encode("followup v1 encryption") }, hk, 256);
    return new Uint8Array(enc);
  }

  // open decrypts an envelope with the raw page key; it rejects when the
  // key is wrong or the envelope was changed.
  async function open(raw, env) {
    var key = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
    var plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes(env.nonce), additionalData: encoder.encode("followup v1 " + env.type) },
      key, bytes(env.ct));
    return new TextDecoder("utf-8").decode(plain);
  }

  window.followupUnlock = { deriveKey: deriveKey, open: open, bytes: bytes };

  var sealed = document.getElementById("followup-sealed");
  if (!sealed) { return; }
  var env = JSON.parse(sealed.textContent);
  var slot = "followup-key:" + env.salt;

  function forget() {
    sessionStorage.removeItem(slot);
    localStorage.removeItem(slot);
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
      forget();
      location.reload();
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

  var form = document.getElementById("followup-unlock");
  var message = document.getElementById("followup-message");

  function ask(why) {
    message.textContent = why || "";
    form.hidden = false;
    document.getElementById("followup-passphrase").focus();
  }

  form.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var input = document.getElementById("followup-passphrase");
    var button = form.querySelector("button");
    button.disabled = true;
    message.textContent = "Opening…";
    var raw, text;
    try {
      raw = await deriveKey(input.value, bytes(env.salt), env.iter);
      text = await open(raw, env);
    } catch (e) {
      button.disabled = false;
      input.select();
      message.textContent = "Wrong passphrase: this is not the passphrase of this site. Try again.";
      return;
    }
    var stored = base64(raw);
    sessionStorage.setItem(slot, stored);
    if (document.getElementById("followup-remember").checked) { localStorage.setItem(slot, stored); }
    show(text);
  });

  var saved = sessionStorage.getItem(slot) || localStorage.getItem(slot);
  if (!saved) { ask(); return; }
  open(bytes(saved), env).then(show, function () {
    forget();
    ask("The saved key does not open this page any more (the passphrase changed?). Type the passphrase.");
  });
})();
