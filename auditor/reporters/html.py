"""The self-contained HTML report: one file, an interactive checklist, filters and an offline map.

Everything is rendered here, in Python, with every piece of export text escaped; the page's
small inline script only ticks boxes (kept in the browser's localStorage, keyed by finding
fingerprint), filters lines and prints. A Content-Security-Policy that allows exactly this
page's own style and script (by hash) and `data:` images forbids every other request, so a
post containing markup can neither run script nor make the browser fetch anything.

Renders a prepared result dict (see `reporters.prepare`); never reads inputs or re-runs rules.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from typing import Any

from auditor.models import SEVERITY_ORDER, visible
from auditor.reporters.actions import top_actions
from auditor.reporters.checklist import CATEGORY_NAMES, GROUP_ORDER, Line, build, files_summary, identifies_you, platform_name
from auditor.reporters.markdown import position
from auditor.reporters.svgmap import SEV_COLOUR, render_map, render_overview

CSS = """
:root { --fg:#1d2327; --muted:#5b6770; --line:#d5dde2; --bg:#ffffff; --warn:#fff4e5; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 980px; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
code { font: 13px/1.3 ui-monospace, Menlo, Consolas, monospace; background: #f1f3f5; padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
code.rule { white-space: nowrap; overflow-wrap: normal; }
.sensitive { background: var(--warn); border: 2px solid #b26a00; padding: .6rem .8rem; border-radius: 6px; }
.meta, .muted { color: var(--muted); }
.bar { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
progress { width: 14rem; height: 1rem; }
nav.filters { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); padding: .5rem 0; z-index: 1; }
nav.filters label { margin-right: .5rem; }
select, button { font: inherit; }
div.wide { overflow-x: auto; max-width: 100%; }
table.counts { border-collapse: collapse; margin: .5rem 0; }
table.counts th, table.counts td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: right; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
svg.map { width: 100%; height: auto; border-radius: 6px; }
svg.map .pt { cursor: pointer; }
ol.lines { list-style: none; padding: 0; margin: 0; }
li.line { border: 1px solid var(--line); border-left: 6px solid #555555; border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; }
li.line.sev-critical { border-left-color: #8b0000; } li.line.sev-high { border-left-color: #c62828; }
li.line.sev-medium { border-left-color: #b26a00; } li.line.sev-low { border-left-color: #1565c0; }
li.line.done { background: #f1f3f5; } li.line.done .title { text-decoration: line-through; }
label.tick { display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: baseline; font-weight: 600; cursor: pointer; }
label.tick .title { flex: 1 1 14rem; min-width: 0; overflow-wrap: anywhere; }
#start { border: 2px solid #1565c0; border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
#start h2 { border: 0; margin-top: .5rem; }
#start ol { padding-left: 1.4rem; margin: 0; } #start li { margin: .4rem 0; } #start .step { display: block; color: var(--muted); }
svg.map .count { pointer-events: none; }
svg.map.overview { display: block; max-width: 640px; margin: 0 auto; }
label.tick input { transform: scale(1.3); }
.sev { font-size: .75rem; font-weight: 700; letter-spacing: .03em; padding: 0 .35em; border-radius: 3px; color: #ffffff; background: #555555; white-space: nowrap; }
.sev-critical .sev { background: #8b0000; } .sev-high .sev { background: #c62828; } .sev-medium .sev { background: #8a5300; } .sev-low .sev { background: #1565c0; }
dl { display: grid; grid-template-columns: 9.5rem 1fr; gap: .15rem .75rem; margin: .4rem 0 0 1.9rem; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; } dd ol { margin: 0; padding-left: 1.2rem; }
.flash { outline: 3px solid #1565c0; }
@media (max-width: 640px) {
  body { padding: .75rem .75rem 2rem; }
  dl { grid-template-columns: 1fr; margin-left: 0; }
  nav.filters { position: static; }
  nav.filters .bar { gap: .25rem .75rem; }
  progress { width: 8rem; }
  svg.map .place text, svg.map .count { font-size: 17px; }
}
@media print {
  nav.filters, .noprint { display: none !important; }
  body { max-width: none; font-size: 11pt; }
  li.line { break-inside: avoid; }
  a { color: inherit; }
}
""".strip()

JS = """
(function () {
  'use strict';
  var KEY = 'auditor.done.';
  var store = null;
  try { store = window.localStorage; store.getItem(KEY); } catch (e) { store = null; }
  var lines = Array.prototype.slice.call(document.querySelectorAll('li.line'));
  var points = Array.prototype.slice.call(document.querySelectorAll('svg.map .pt'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  var counts = Array.prototype.slice.call(document.querySelectorAll('svg.map text.count'));
  // each count label's dots: the points of its own map whose fingerprints it lists
  var members = counts.map(function (t) {
    var fps = {};
    t.getAttribute('data-fps').split(' ').forEach(function (fp) { fps[fp] = true; });
    return Array.prototype.slice.call(t.parentNode.querySelectorAll('circle.pt')).filter(function (pt) {
      return fps[pt.getAttribute('data-fp')] === true;
    });
  });
  var sel = { category: document.getElementById('f-category'), platform: document.getElementById('f-platform'),
              severity: document.getElementById('f-severity') };
  var hideDone = document.getElementById('f-hide-done');
  var rank = __RANK__;
  function matches(el) {
    var c = sel.category.value, p = sel.platform.value, s = sel.severity.value;
    if (c && el.getAttribute('data-category') !== c) { return false; }
    if (p && el.getAttribute('data-platform') !== p) { return false; }
    if (s && rank[el.getAttribute('data-severity')] < rank[s]) { return false; }
    return true;
  }
  function update() {
    var done = 0, total = 0;
    lines.forEach(function (li) {
      var box = li.querySelector('input.tick-box');
      total += 1; if (box.checked) { done += 1; }
      li.hidden = !matches(li) || (hideDone.checked && box.checked);
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('li.line:not([hidden])'); });
    points.forEach(function (pt) {
      var fp = pt.getAttribute('data-fp');
      var li = document.getElementById('l-' + fp);
      var show = matches(pt) && !(li && hideDone.checked && li.classList.contains('done'));
      if (show) { pt.removeAttribute('visibility'); } else { pt.setAttribute('visibility', 'hidden'); }
    });
    counts.forEach(function (t, i) {
      var n = 0;
      members[i].forEach(function (pt) { if (!pt.getAttribute('visibility')) { n += 1; } });
      t.textContent = '\u00d7' + n;
      if (n > 1) { t.removeAttribute('visibility'); } else { t.setAttribute('visibility', 'hidden'); }
    });
    document.getElementById('done-count').textContent = String(done);
    var bar = document.getElementById('done-bar');
    bar.value = done; bar.max = total || 1;
  }
  lines.forEach(function (li) {
    var box = li.querySelector('input.tick-box');
    var fp = box.getAttribute('data-fp');
    box.checked = !!(store && store.getItem(KEY + fp) === '1');
    li.classList.toggle('done', box.checked);
    box.addEventListener('change', function () {
      if (store) { if (box.checked) { store.setItem(KEY + fp, '1'); } else { store.removeItem(KEY + fp); } }
      li.classList.toggle('done', box.checked);
      update();
    });
  });
  [sel.category, sel.platform, sel.severity, hideDone].forEach(function (el) { el.addEventListener('change', update); });
  points.forEach(function (pt) {
    pt.addEventListener('click', function () {
      var li = document.getElementById('l-' + pt.getAttribute('data-fp'));
      if (!li) { return; }
      li.hidden = false;
      li.scrollIntoView({ block: 'center' });
      li.classList.add('flash');
      window.setTimeout(function () { li.classList.remove('flash'); }, 1500);
    });
  });
  document.getElementById('print').addEventListener('click', function () { window.print(); });
  document.documentElement.setAttribute('data-ready', '1');
  update();
})();
""".strip().replace(
    # the page's severity filter ranks with the package's one severity order
    "__RANK__",
    "{ " + ", ".join(f"{sev}: {len(SEVERITY_ORDER) - 1 - i}" for i, sev in enumerate(SEVERITY_ORDER)) + " }",
)


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (
    f"default-src 'none'; style-src '{_hash(CSS)}'; script-src '{_hash(JS)}'; img-src data:; base-uri 'none'; form-action 'none'"
)

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)


def e(text: Any) -> str:
    """Escape for HTML text and attribute values (quotes included); control and bidi characters
    shown escaped (`models.visible`)."""
    return escape(visible(text), quote=True)


def _link(url: str) -> str:
    # Only http(s) permalinks are links; anything else is shown as inert text.
    if _SAFE_URL.match(url):
        return f'<a href="{e(url)}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">permalink</a>'
    return f"<code>{e(url)}</code>"


def _line(ln: Line, coarse: bool = False) -> str:
    fp = ln.id
    attrs = (
        f'class="line sev-{e(ln.severity)}" id="l-{e(fp)}" data-fp="{e(fp)}" data-category="{e(ln.category)}" '
        f'data-platform="{e(ln.platform)}" data-severity="{e(ln.severity)}"'
    )
    code = f' <code class="rule">{e(ln.code)}</code>' if ln.code else ""
    head = (
        f'<label class="tick"><input type="checkbox" class="tick-box" data-fp="{e(fp)}"> '
        f'<span class="sev">{"SETTING" if ln.category == "settings" else e(ln.severity.upper())}</span> <span class="title">{e(ln.title)}</span>{code}</label>'
    )
    rows = []
    if ln.code:
        where = [e(platform_name(ln.platform))]
        if ln.date:
            where.append(e(ln.date))
        if ln.path:
            where.append(f"<code>{e(ln.path)}</code>")
        if ln.url:
            where.append(_link(ln.url))
        rows.append(("Where", " · ".join(where)))
    if ln.location:
        rows.append(("Position", e(position(ln.location, coarse))))
    if ln.members:
        items = "".join(f'<li id="l-{e(m.id)}"><code>{e(m.path)}</code> {e(m.date)}</li>' for m in ln.members)
        rows.append(("Files", f"<details><summary>{len(ln.members)} files</summary><ul>{items}</ul></details>"))
    if ln.why:
        rows.append(("Why (policy)", e(ln.why)))
    if ln.trace:
        rows.append(("Flagged because", e(ln.trace)))
    if ln.evidence:
        rows.append(("Evidence", f"<code>{e(ln.evidence)}</code>"))
    if ln.how:
        rows.append(("How", "<ol>" + "".join(f"<li>{e(s)}</li>" for s in ln.how) + "</ol>"))
    if ln.auto:
        rows.append(("Auto-fix", f"<code>{e(ln.auto)}</code> writes a copy without GPS; share that instead."))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f"<li {attrs}>{head}<dl>{body}</dl></li>"


def _start_here(data: dict[str, Any]) -> str:
    """The few actions that remove the most exposure, each linked to its checklist line."""
    actions = top_actions(data)
    if not actions:
        return ""
    items = []
    for a in actions:
        covers = f" ({a.covers} findings)" if a.covers > 1 else ""
        items.append(
            f'<li class="sev-{e(a.severity)}"><span class="sev">{e(a.severity.upper())}</span> '
            f'<a href="#l-{e(a.id)}">{e(a.title)}</a>{e(covers)} <code class="rule">{e(a.code)}</code>'
            f'<span class="step">{e(a.step)}</span></li>'
        )
    return (
        '<section id="start"><h2>Start here</h2><p class="muted">The actions that remove the most exposure, '
        "most severe first; the whole checklist follows.</p><ol>" + "".join(items) + "</ol></section>"
    )


def _options(values: list[tuple[str, str]], label: str) -> str:
    return f'<option value="">{e(label)}</option>' + "".join(f'<option value="{e(v)}">{e(t)}</option>' for v, t in values)


def _counts_table(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return ""
    cats = sorted({str(f.get("category")) for f in findings})
    plats = sorted({str(f.get("platform")) for f in findings})
    head = "<tr><th>Category</th>" + "".join(f"<th>{e(platform_name(p))}</th>" for p in plats) + "<th>Total</th></tr>"
    rows = []
    for c in cats:
        counts = [sum(1 for f in findings if str(f.get("category")) == c and str(f.get("platform")) == p) for p in plats]
        cells = "".join(f"<td>{n or '·'}</td>" for n in counts)
        rows.append(f"<tr><td>{e(CATEGORY_NAMES.get(c, c))}</td>{cells}<td><strong>{sum(counts)}</strong></td></tr>")
    # focusable, so a keyboard can scroll the table when it is wider than the page (WCAG 2.1.1)
    return f'<div class="wide" tabindex="0" role="region" aria-label="Findings by category and platform"><table class="counts">{head}{"".join(rows)}</table></div>'


def render(data: dict[str, Any]) -> str:
    """The whole report as one HTML document (a str)."""
    sections = build(data)
    lines = [ln for s in sections for ln in s.lines]
    finding_lines = [ln for ln in lines if ln.code]
    findings = data.get("findings", [])
    info = data.get("report") or {}
    sev = (data.get("summary") or {}).get("by_severity", {})
    # a saved result may predate the policy block, or have been edited by hand
    policy = data.get("policy") if isinstance(data.get("policy"), dict) else {}
    counts = ", ".join(f"{sev.get(s, 0)} {s}" for s in SEVERITY_ORDER if sev.get(s))
    notes = []
    # the warning banner says what was done to this copy, so a reader knows how sensitive it is
    notes.append(
        "<strong>Redacted for sharing:</strong> other people's names and handles, contact details and evidence are masked."
        if info.get("view") == "redacted" or info.get("evidence") == "redacted"
        else "<strong>Your own view:</strong> evidence is shown as it is in your export (make a copy to share with "
        "<code>--redact</code>)."
    )
    notes.append(
        "Positions are rounded to suburb level."
        if info.get("positions") == "coarse"
        else "Positions are exact, so you can find each photo (<code>--redact</code> rounds them in a copy to share)."
    )
    if info.get("baseline_hidden"):  # hidden findings are still real: say so rather than look clean
        notes.append(f"{int(info['baseline_hidden'])} finding(s) already accepted in the baseline are not shown.")

    cats = sorted({ln.category for ln in lines if ln.category})
    plats = sorted({ln.platform for ln in lines if ln.platform})
    # device lines have the pseudo-category "settings", which has no CATEGORY_NAMES entry
    cat_opts = [(c, CATEGORY_NAMES.get(c, "Device and account settings" if c == "settings" else c)) for c in cats]
    # the severity filter is a threshold ("high and above"); nothing is above critical
    sev_opts = [(s, f"{s} and above" if s != "critical" else s) for s in SEVERITY_ORDER]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>SENSITIVE: social media exposure checklist ({e(data.get('profile', ''))})</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        '<p class="sensitive" role="note"><strong>Sensitive document.</strong> This report describes what your accounts and '
        "photos reveal about your job, your home and your movements. Keep it as carefully as the data itself: do not email, "
        "upload or print it where others can read it, and delete it when you are done. " + " ".join(notes) + "</p>",
        "<h1>Social media exposure checklist</h1>",
        f'<p class="meta">Profile <strong>{e(data.get("profile", ""))}</strong>'
        + (f" · {e(policy.get('name'))}" if policy.get("name") else "")
        + f" · auditor {e(data.get('tool_version', ''))}</p>",
        # the same number as the progress bar: what there is to tick, findings and settings
        f'<p><strong id="item-count">{len(lines)}</strong> item(s) to work through: '
        f"{len(finding_lines)} for the {len(findings)} finding(s)"
        + (f" ({e(counts)})" if counts else "")
        + (", where one action fixes several files they share a line" if len(finding_lines) < len(findings) else "")
        + f", and {len(lines) - len(finding_lines)} device and account setting(s).</p>",
        *([f'<p class="meta" id="files">{e(files_summary(data))}</p>'] if files_summary(data) else []),
        *([f'<p class="meta" id="identity">{e(identifies_you(data))}</p>'] if identifies_you(data) else []),
        f'<div class="bar"><span><span id="done-count">0</span> of <span id="done-total">{len(lines)}</span> done</span>'
        f'<progress id="done-bar" value="0" max="{max(len(lines), 1)}"></progress></div>',
        "</header>",
        _start_here(data),
        '<nav class="filters" aria-label="Filters"><div class="bar">',
        f'<label>Category <select id="f-category">{_options(cat_opts, "all")}</select></label>',
        f'<label>Platform <select id="f-platform">{_options([(p, platform_name(p)) for p in plats], "all")}</select></label>',
        f'<label>Severity <select id="f-severity">{_options(sev_opts, "any")}</select></label>',
        '<label><input type="checkbox" id="f-hide-done"> Hide done</label>',
        '<button type="button" id="print">Print</button>',
        "</div></nav>",
    ]
    if findings:  # no counts table for a clean result: only the settings lines follow
        out.append('<section id="summary"><h2>Summary</h2>' + _counts_table(findings) + "</section>")
    # a batched line stands for its files: map each file where it was taken, not the folder
    positioned = [m for ln in lines for m in (ln.members or [ln])]
    overview = render_overview(positioned)
    if overview:  # empty when nothing has a position: no empty map
        # only the severities that are on the map get a legend entry
        legend = " ".join(
            f'<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="{c}"/></svg> {s}'
            for s, c in SEV_COLOUR.items()
            if any(ln.severity == s and ln.location for ln in positioned)
        )
        out.append(
            '<section id="map"><h2>Map</h2><p class="muted">Where your photos and posts place you; diamonds are places '
            "inferred from them; a number counts the dots at one spot. Drawn offline over a simplified outline: "
            f"no map tiles are fetched. Click a point to find its line. {legend}</p>{overview}"
            '<h3>Close-up</h3><p class="muted">The same points, framed on where they are.</p>'
            f"{render_map(positioned)}</section>"
        )
    out.append('<main id="checklist">')
    for s in sections:
        # ids from the section's fixed position, never from its (translatable) title text
        gid = "g-" + str(GROUP_ORDER.index(s.title))
        out.append(f'<section class="group" id="{gid}"><h2>{e(s.title)} ({len(s.lines)})</h2><ol class="lines">')
        out.extend(_line(ln, info.get("positions") == "coarse") for ln in s.lines)
        out.append("</ol></section>")
    out.append("</main>")
    errors = data.get("errors", [])
    notices = data.get("notices") or []
    if notices:
        out.append('<section id="notes"><h2>Notes</h2><ul>' + "".join(f"<li>{e(n)}</li>" for n in notices) + "</ul></section>")
    if errors:
        # a broken export can yield thousands of errors; the page lists 500, the JSON has all
        items = "".join(f"<li><code>{e(x.get('path'))}</code>: {e(x.get('reason'))}</li>" for x in errors[:500])
        more = f"<li>… and {len(errors) - 500} more (see the JSON report)</li>" if len(errors) > 500 else ""
        out.append(f'<section id="errors"><h2>Files that could not be read ({len(errors)})</h2><ul>{items}{more}</ul></section>')
    out.append(f"<script>{JS}</script>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"
