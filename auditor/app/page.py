"""The app's one page: markup, style and script, and the Content-Security-Policy that pins them.

The page is static: it reads the session token from its own address and talks to the server
with `fetch` (same origin only). The report is shown in a same-origin frame, served with the
report's own policy; the page keeps the report's ticks on this computer by listening to the
report's tick boxes (the report itself is not changed). The policy allows exactly this page's
style and script (by hash), requests to this server only, and forbids every other request.

Markup only: no state, no file access.
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --fg:#1d2327; --muted:#4f5b64; --line:#c4cdd3; --bg:#ffffff; --accent:#0b57a3; --ok:#1b5e20; --bad:#a31515; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
.offline { background: #e8f5e9; border: 2px solid var(--ok); border-radius: 6px; padding: .6rem .8rem; }
.muted { color: var(--muted); }
label { font-weight: 600; display: block; margin: .5rem 0 .2rem; }
input[type=text], textarea { font: inherit; width: 100%; max-width: 44rem; padding: .4rem .5rem; border: 1px solid #6b7780; border-radius: 4px; }
textarea { min-height: 5rem; }
button, a.button { font: inherit; background: var(--accent); color: #ffffff; border: 0; border-radius: 4px; padding: .45rem .9rem; margin: .35rem .35rem .35rem 0; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: #ffffff; color: var(--accent); border: 1px solid var(--accent); }
button:disabled { background: #6b7780; cursor: not-allowed; }
:focus-visible { outline: 3px solid #e37400; outline-offset: 2px; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.drop { border: 2px dashed #6b7780; border-radius: 8px; padding: 1rem; margin: .75rem 0; }
.drop.over { border-color: var(--accent); background: #eef4fb; }
ul.inputs, ul.browse { padding-left: 1.2rem; }
ul.browse button { margin: .1rem; }
.stage progress { width: 16rem; height: 1rem; vertical-align: middle; }
.message { font-weight: 600; }
.message.bad { color: var(--bad); }
.message.good { color: var(--ok); }
iframe#report { width: 100%; height: 80vh; border: 1px solid var(--line); border-radius: 6px; }
section[hidden] { display: none; }
""".strip()

JS = r"""
(function () {
  'use strict';
  var token = new URLSearchParams(window.location.search).get('token') || '';
  function $(id) { return document.getElementById(id); }
  function api(path, body) {
    var opts = { method: body === undefined ? 'GET' : 'POST', headers: { 'X-Auditor-Token': token }, cache: 'no-store' };
    if (body !== undefined) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
    return fetch(path, opts).then(function (r) {
      return r.json().then(function (data) { if (!r.ok) { throw new Error(data.error || ('error ' + r.status)); } return data; });
    });
  }
  function say(id, text, good) {
    var el = $(id); el.textContent = text; el.className = 'message ' + (good ? 'good' : 'bad');
  }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function item(list, text) { var li = document.createElement('li'); li.textContent = text; list.appendChild(li); return li; }
  var polling = null, shownReport = false, scans = 0;
  function showInputs(inputs) {
    var ul = $('inputs'); clear(ul);
    inputs.forEach(function (p) {
      var li = item(ul, p + ' ');
      var b = document.createElement('button'); b.type = 'button'; b.className = 'secondary'; b.textContent = 'Remove';
      b.setAttribute('aria-label', 'Remove ' + p);
      b.addEventListener('click', function () { api('/api/inputs', { remove: p }).then(refresh); });
      li.appendChild(b);
    });
    $('none-chosen').hidden = inputs.length > 0;
    $('scan').disabled = inputs.length === 0;
  }
  function showStatus(s) {
    showInputs(s.inputs);
    var st = $('stages'); clear(st);
    s.stages.forEach(function (g) {
      var li = item(st, g.label + ': ' + g.done + (g.total ? ' of ' + g.total : ' file(s)') + ' ');
      li.className = 'stage';
      if (!g.total) { return; }  // exports: their files are counted as each export is read
      var p = document.createElement('progress'); p.max = g.total; p.value = Math.min(g.done, g.total);
      p.setAttribute('aria-label', g.label); li.appendChild(p);
    });
    var ex = $('exports'); clear(ex);
    if (s.coverage) {
      s.coverage.forEach(function (c) { item(ex, c.platform + ' (' + c.root + '): ' + c.files + ' file(s), ' + c.items + ' item(s) read'); });
    } else if (s.planned.length) {
      s.planned.forEach(function (c, i) {
        var n = s.exports[i];
        item(ex, c.platform + ' (' + c.root + '): ' + (n !== undefined ? n + ' file(s) read' : i === s.exports.length ? 'reading…' : 'waiting'));
      });
    } else {
      s.exports.forEach(function (n, i) { item(ex, 'Export ' + (i + 1) + ': ' + n + ' file(s) read'); });
    }
    if (s.state === 'running') { say('scan-msg', 'Scanning on this computer…', true); }
    if (s.state === 'failed') { say('scan-msg', s.error, false); }
    if (s.state === 'done') {
      say('scan-msg', 'Scan finished: ' + s.findings + ' finding(s) to fix' + (s.errors ? ', ' + s.errors + ' file(s) could not be read' : '') + '.', true);
      $('results').hidden = false; $('tools').hidden = false;
      if (!shownReport) { shownReport = true; scans += 1; $('report').src = '/report?token=' + encodeURIComponent(token) + '&scan=' + scans; }
    }
    $('scan').disabled = s.state === 'running' || s.inputs.length === 0;
    if (s.state !== 'running' && polling) { window.clearInterval(polling); polling = null; }
    if (s.state === 'running' && !polling) { polling = window.setInterval(refresh, 400); }  // e.g. after a reload
  }
  function refresh() { return api('/api/state').then(showStatus).catch(function (e) { say('add-msg', e.message, false); }); }
  $('add').addEventListener('click', function () {
    api('/api/inputs', { add: $('path').value }).then(function () { say('add-msg', 'Added.', true); $('path').value = ''; refresh(); })
      .catch(function (e) { say('add-msg', e.message, false); });
  });
  $('browse').addEventListener('click', function () { browse($('path').value); });
  function browse(path) {
    api('/api/browse?path=' + encodeURIComponent(path)).then(function (d) {
      var ul = $('browse-list'); clear(ul);
      $('browse-where').textContent = 'In ' + d.path + ':';
      function entry(label, target, add) {
        var li = document.createElement('li'); var b = document.createElement('button'); b.type = 'button';
        b.className = 'secondary'; b.textContent = label;
        b.addEventListener('click', function () {
          if (add) { api('/api/inputs', { add: target }).then(function () { say('add-msg', 'Added ' + target, true); refresh(); })
            .catch(function (e) { say('add-msg', e.message, false); }); }
          else { $('path').value = target; browse(target); }
        });
        li.appendChild(b); ul.appendChild(li); return li;
      }
      if (d.parent) { entry('Up one folder', d.parent, false); }
      d.entries.forEach(function (e) {
        var li = entry((e.kind === 'zip' ? 'Add zip: ' : 'Open folder: ') + e.name, e.path, e.kind === 'zip');
        if (e.kind === 'folder') {
          var b = document.createElement('button'); b.type = 'button'; b.className = 'secondary'; b.textContent = 'Add folder';
          b.setAttribute('aria-label', 'Add folder ' + e.name);
          b.addEventListener('click', function () { api('/api/inputs', { add: e.path }).then(function () { say('add-msg', 'Added ' + e.path, true); refresh(); }); });
          li.appendChild(b);
        }
      });
    }).catch(function (e) { say('add-msg', e.message, false); });
  }
  function upload(files) {
    var list = Array.prototype.slice.call(files);
    var next = function () {
      if (!list.length) { refresh(); return; }
      var f = list.shift();
      say('add-msg', 'Copying ' + f.name + ' into the app’s own folder on this computer…', true);
      fetch('/api/upload?name=' + encodeURIComponent(f.name), { method: 'POST', headers: { 'X-Auditor-Token': token }, body: f })
        .then(function (r) { return r.json().then(function (d) { if (!r.ok) { throw new Error(d.error); } }); })
        .then(next).catch(function (e) { say('add-msg', e.message, false); });
    };
    next();
  }
  $('files').addEventListener('change', function () { upload($('files').files); });
  var drop = $('drop');
  drop.addEventListener('dragover', function (ev) { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (ev) { ev.preventDefault(); drop.classList.remove('over'); upload(ev.dataTransfer.files); });
  $('scan').addEventListener('click', function () {
    shownReport = false; $('results').hidden = true;
    document.documentElement.removeAttribute('data-report'); say('scan-msg', 'Starting the scan…', true);
    api('/api/scan', {}).then(function () { refresh(); if (!polling) { polling = window.setInterval(refresh, 400); } })
      .catch(function (e) { say('scan-msg', e.message, false); });
  });
  var frame = $('report');
  frame.addEventListener('load', function () {
    var doc = frame.contentDocument; if (!doc) { return; }
    api('/api/ticks').then(function (ticks) {
      Array.prototype.slice.call(doc.querySelectorAll('input.tick-box')).forEach(function (box) {
        var fp = box.getAttribute('data-fp');
        if (ticks[fp] && !box.checked) { box.checked = true; box.dispatchEvent(new Event('change')); }
        box.addEventListener('change', function () { api('/api/ticks', { fingerprint: fp, done: box.checked }); });
      });
      document.documentElement.setAttribute('data-report', '1');
    });
  });
  $('strip').addEventListener('click', function () {
    say('strip-msg', 'Writing GPS-free copies…', true);
    api('/api/strip', { out: $('strip-out').value }).then(function (d) {
      var parts = Object.keys(d.counts).sort().map(function (k) { return d.counts[k] + ' ' + k; });
      say('strip-msg', 'Done: ' + (parts.join(', ') || 'no photos or videos found') + '. Copies are in ' + d.out, true);
      var ul = $('strip-problems'); clear(ul);
      d.problems.forEach(function (p) { item(ul, p.path + ': ' + p.reason); });
    }).catch(function (e) { say('strip-msg', e.message, false); });
  });
  $('check').addEventListener('click', function () {
    api('/api/check', { text: $('draft').value }).then(function (d) {
      say('check-msg', d.verdict, d.ok);
      var ul = $('check-list'); clear(ul);
      d.findings.forEach(function (f) { item(ul, f.severity.toUpperCase() + ' ' + f.code + ' ' + f.name + ': ' + f.message + ' Fix: ' + f.fix); });
    }).catch(function (e) { say('check-msg', e.message, false); });
  });
  $('compare').addEventListener('click', function () {
    api('/api/compare').then(function (d) {
      say('compare-msg', d.fixed.length + ' fixed, ' + d.new.length + ' new, ' + d.unchanged + ' unchanged since last time.', true);
      var ul = $('compare-list'); clear(ul);
      d.new.forEach(function (f) { item(ul, 'New: ' + f.code + ' ' + f.message); });
      d.fixed.forEach(function (f) { item(ul, 'Fixed: ' + (f.code ? f.code + ' ' + f.message : 'an earlier finding')); });
    }).catch(function (e) { say('compare-msg', e.message, false); });
  });
  $('save').href = '/report?download=html&token=' + encodeURIComponent(token);
  $('save-json').href = '/report?download=json&token=' + encodeURIComponent(token);
  $('quit').addEventListener('click', function () {
    api('/api/quit', {}).then(function () { say('quit-msg', 'The app has stopped. You can close this tab.', true); });
  });
  function beat() { api('/api/heartbeat', {}).catch(function () {}); }
  beat(); window.setInterval(beat, 2000);
  window.addEventListener('pagehide', function () {
    navigator.sendBeacon('/api/bye?token=' + encodeURIComponent(token));
  });
  refresh().then(function () { document.documentElement.setAttribute('data-ready', '1'); });
})();
""".strip()

BODY = """
<header>
<h1>Social media exposure check</h1>
<p class="offline" role="note"><strong>Nothing is uploaded anywhere.</strong> This page is served by the auditor
program on this computer only (address 127.0.0.1). Your downloads are read here, and no request leaves this computer.
Files you drop below are copied into a temporary folder of the app on this computer, deleted when the app stops.</p>
</header>
<main>
<section aria-labelledby="h-choose">
<h2 id="h-choose">1. Choose your downloads</h2>
<p class="muted">The zip files a platform gave you when you asked to download your information (several parts of one
download are merged), an unpacked download folder, or a folder of photos.</p>
<label for="path">Path of a zip file or folder</label>
<div class="row"><input type="text" id="path" autocomplete="off" spellcheck="false">
<button type="button" id="add">Add</button><button type="button" id="browse" class="secondary">Browse folders</button></div>
<p id="add-msg" class="message" role="status" aria-live="polite"></p>
<p id="browse-where" class="muted"></p>
<ul id="browse-list" class="browse"></ul>
<div class="drop" id="drop"><label for="files">Or choose or drop zip files here</label>
<input type="file" id="files" multiple accept=".zip,.json,.jpg,.jpeg,.png,.heic,.mp4,.mov"></div>
<h3>Chosen</h3>
<p id="none-chosen" class="muted">Nothing chosen yet.</p>
<ul id="inputs" class="inputs"></ul>
</section>
<section aria-labelledby="h-scan">
<h2 id="h-scan">2. Scan</h2>
<button type="button" id="scan" disabled>Scan on this computer</button>
<p id="scan-msg" class="message" role="status" aria-live="polite"></p>
<ul id="stages"></ul>
<h3>Exports read</h3>
<ul id="exports"></ul>
</section>
<section id="results" aria-labelledby="h-results" hidden>
<h2 id="h-results">3. Your checklist</h2>
<p class="muted">Tick each item when you have fixed it; ticks are kept on this computer for next time.</p>
<iframe id="report" title="Your checklist: the full report"></iframe>
</section>
<section id="tools" aria-labelledby="h-tools" hidden>
<h2 id="h-tools">4. Fix and keep track</h2>
<h3>Photos without location</h3>
<label for="strip-out">New folder for copies of your photos and videos without GPS (the originals are not changed)</label>
<div class="row"><input type="text" id="strip-out" autocomplete="off" spellcheck="false">
<button type="button" id="strip">Make GPS-free copies</button></div>
<p id="strip-msg" class="message" role="status" aria-live="polite"></p>
<ul id="strip-problems"></ul>
<h3>Check a post before you publish it</h3>
<label for="draft">Draft post</label>
<textarea id="draft"></textarea>
<div><button type="button" id="check">Check the draft</button></div>
<p id="check-msg" class="message" role="status" aria-live="polite"></p>
<ul id="check-list"></ul>
<h3>Save and compare</h3>
<p><a class="button" id="save" download="auditor-report.html" href="#">Save the report (HTML)</a>
<a class="button" id="save-json" download="auditor-result.json" href="#">Save the result (JSON, to compare later)</a>
<button type="button" id="compare" class="secondary">Compare with last time</button></p>
<p id="compare-msg" class="message" role="status" aria-live="polite"></p>
<ul id="compare-list"></ul>
</section>
<section aria-labelledby="h-quit">
<h2 id="h-quit">Finished?</h2>
<p class="muted">Closing this tab also stops the app.</p>
<button type="button" id="quit" class="secondary">Stop the app</button>
<p id="quit-msg" class="message" role="status" aria-live="polite"></p>
</section>
</main>
""".strip()


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (
    f"default-src 'none'; style-src '{_hash(CSS)}'; script-src '{_hash(JS)}'; connect-src 'self'; frame-src 'self'; "
    "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def render_page() -> str:
    """The app page (a str); the same for every session, the token is read from the address."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>auditor: social media exposure check</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n{BODY}\n<script>{JS}</script>\n</body>\n</html>\n"
    )
