// The report pages' inline style sheet and the index page's script. Private to
// reports/html_site.cc; kept apart so the C++ reads as C++. Both are allowed by
// their sha256 hash in each page's Content-Security-Policy, so changing a byte
// here changes the hash, never the policy's shape.
#pragma once

namespace provscore::internal {

// Light and dark themes (prefers-color-scheme), print rules, family colours
// (.fam-0 ... .fam-8, .fam-x) always paired with a text label.
inline constexpr char kReportStyle[] = R"css(
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--shade:#f6f8fa;--accent:#0969da;--mark:#fff3b0;
--f0:#0969da;--f1:#8250df;--f2:#bf3989;--f3:#bc4c00;--f4:#1a7f37;--f5:#6e7781;--f6:#cf222e;--f7:#9a6700;--f8:#d1242f;--fx:#57606a;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--shade:#151b23;--accent:#4493f8;--mark:#3b2f00;
--f0:#4493f8;--f1:#ab7df8;--f2:#db61a2;--f3:#f0883e;--f4:#3fb950;--f5:#9198a1;--f6:#f85149;--f7:#d29922;--f8:#ff7b72;--fx:#9198a1}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,mark a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:9}
header.top{padding:14px 24px;border-bottom:1px solid var(--line);background:var(--shade)}
header.top h1{font-size:21px;margin:0 0 2px;overflow-wrap:anywhere;max-height:7.5em;overflow:hidden}
header.top .meta{color:var(--muted);margin:0;font-size:13px}
main{padding:16px 24px 48px;max-width:1400px;margin:0 auto}
h2{font-size:16px;margin:28px 0 10px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px 12px;min-width:0}
figcaption{font-weight:600;font-size:13px;margin-bottom:6px}
svg.chart{width:100%;height:auto;display:block}
svg.chart text{fill:var(--fg);font-size:11px}svg.chart text.v{fill:var(--muted)}
svg.chart rect{fill:var(--accent)}svg.chart rect.bg{fill:var(--shade)}
svg.chart rect.g-A{fill:#2da44e}svg.chart rect.g-B{fill:#7bc96f}svg.chart rect.g-C{fill:#d4a72c}svg.chart rect.g-D{fill:#e16f24}svg.chart rect.g-E,svg.chart rect.g-F{fill:#cf222e}
svg.chart rect[class^=fam-]{fill:currentColor}
ol.clusters{margin:0;padding-left:1.4em;font-size:13px}
form.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;margin:0 0 10px}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
input,select,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:5px 8px}
input[type=search]{width:22em;max-width:80vw}
button{cursor:pointer}
#shown{color:var(--muted);margin:4px 0 8px}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:var(--bg);border-bottom:2px solid var(--line);white-space:nowrap}
thead th button{border:0;padding:0;background:none;font-weight:600}
th[aria-sort=ascending] button::after{content:" \25B2";font-size:10px}
th[aria-sort=descending] button::after{content:" \25BC";font-size:10px}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.t{max-width:34em;overflow-wrap:anywhere}
tbody tr:hover{background:var(--shade)}
bdi,.iso{unicode-bidi:isolate}
.grade{display:inline-block;min-width:2em;text-align:center;border-radius:4px;font-weight:700;color:#fff;background:var(--fx)}
.grade.g-A{background:#1a7f37}.grade.g-B{background:#4d8a2a}.grade.g-C{background:#9a6700}.grade.g-D{background:#bc4c00}.grade.g-E,.grade.g-F{background:#cf222e}
.badge{display:inline-block;font-size:12px;line-height:1.3;border:1px solid currentColor;border-radius:10px;padding:0 6px;margin:1px 2px 1px 0;white-space:nowrap}
.fam-0{color:var(--f0)}.fam-1{color:var(--f1)}.fam-2{color:var(--f2)}.fam-3{color:var(--f3)}.fam-4{color:var(--f4)}.fam-5{color:var(--f5)}.fam-6{color:var(--f6)}.fam-7{color:var(--f7)}.fam-8{color:var(--f8)}.fam-x{color:var(--fx)}
.bad{color:var(--f6);font-weight:600}
nav.pager{display:flex;gap:10px;align-items:center;margin:12px 0}
.muted,.empty{color:var(--muted)}.empty{font-style:italic}
dl.meta{display:grid;grid-template-columns:11em minmax(0,1fr);gap:3px 12px;margin:0}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:8px 32px}
.dim{margin:0 0 12px}.dim h3{font-size:14px;margin:0;display:grid;grid-template-columns:7.5em 120px auto;gap:8px;align-items:center}
.dim svg{width:120px;height:10px}.dim svg rect{fill:var(--accent)}.dim svg rect.bg{fill:var(--shade)}
ul.reasons{list-style:none;margin:4px 0 0;padding:0}ul.reasons li{display:grid;grid-template-columns:4.2em minmax(0,1fr);padding:1px 0}
.pts{display:inline-block;width:3.8em;text-align:right;margin-right:.4em;font-variant-numeric:tabular-nums;font-weight:600}
.pos{color:var(--f4)}.neg{color:var(--f6)}
code,.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.body{font:16px/1.65 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:8px;padding:14px 18px;max-width:48em}
mark{background:var(--mark);color:inherit;border-bottom:2px solid currentColor;padding:0 1px;border-radius:2px}
mark a{color:var(--fg);text-decoration:underline dotted;text-underline-offset:3px}
mark .tag{color:var(--fg)}
.tag{font:600 10px/1 system-ui,sans-serif;vertical-align:super;margin-left:2px;text-transform:uppercase;letter-spacing:.03em}
:target{outline:3px solid var(--accent);outline-offset:2px;scroll-margin-top:40px}
ol.signals{padding-left:1.6em}ol.signals>li{margin:0 0 12px}
.fields{color:var(--muted);font-size:13px}
ul.ev{margin:4px 0 0;padding-left:1.2em;font-size:14px}
table.side{table-layout:fixed}table.side td{width:50%;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif}
table.side td+td,table.side th+th{border-left:1px solid var(--line)}table.side caption{text-align:left;caption-side:top;padding:0 0 4px}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
ins,del{color:inherit;border-radius:2px;padding:0 2px}ins{background:rgba(46,160,67,.22);text-decoration:underline}del{background:rgba(248,81,73,.22);text-decoration:line-through}
.mk{font:700 12px/1 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin-right:2px;text-decoration:none;display:inline-block}
.chg{color:var(--fg)}.chg.silent{color:var(--f6);font-weight:600}
.diff{font:16px/1.65 Georgia,"Times New Roman",serif;max-width:52em}
.para{border-left:3px solid var(--line);padding:2px 0 2px 12px;margin:10px 0;overflow-wrap:anywhere}
.para.moved{border-left-style:dashed}.para.added{border-left-color:var(--f4)}.para.removed{border-left-color:var(--f6)}
td.date{white-space:nowrap}
.kind{display:block;font:600 12px/1.4 system-ui,sans-serif;color:var(--muted)}
@media (max-width:640px){main,header.top{padding-left:12px;padding-right:12px}dl.meta{grid-template-columns:1fr}dl.meta dt{font-weight:600}
td.hide-sm,th.hide-sm{display:none}}
@media print{:root{--bg:#fff;--fg:#000;--shade:#fff;--mark:#fff3b0}form.filters,nav.pager,.skip,.noprint{display:none}
thead th{position:static}.body{border:0;padding:0;max-width:none}a{color:inherit}mark{border-bottom:2px solid #000}
figure,.dim,ol.signals>li{break-inside:avoid}}
)css";

// The index: reads the rows from <script type="application/json" id="rows"> (the
// compact layout of html_site.cc's RowTable),
// keeps filters, sort and page in location.hash, builds rows with textContent
// only (never innerHTML), and shows one page of rows at a time.
inline constexpr char kIndexScript[] = R"js(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('rows').textContent);
  var rows = data.rows.map(function (a) {
    var f = {};
    for (var k = 0; k < a[7].length; k += 2) f[data.types[a[7][k]]] = a[7][k + 1];
    return {i: a[0], u: a[1] + '.html', t: a[2], s: data.sites[a[3]], d: a[4], g: a[5], o: a[6], f: f, c: a[8],
            e: a[9], l: data.languages[a[10]], p: a[11]};
  });
  var labels = JSON.parse(document.getElementById('families').textContent);
  var PAGE = 100;
  var body = document.querySelector('#articles tbody');
  var shown = document.getElementById('shown');
  var info = document.getElementById('pageinfo');
  var prev = document.getElementById('prev'), next = document.getElementById('next');
  var controls = {q: 'q', grade: 'f-grade', site: 'f-site', fam: 'f-fam', lang: 'f-lang', err: 'f-err'};
  var state = {sort: '', dir: 1, page: 0};
  Object.keys(controls).forEach(function (k) {
    controls[k] = document.getElementById(controls[k]);
    controls[k].addEventListener(k === 'q' ? 'input' : 'change', function () { state.page = 0; save(); render(); });
  });
  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    Object.keys(controls).forEach(function (k) { controls[k].value = p.get(k) || ''; });
    state.sort = p.get('sort') || ''; state.dir = p.get('dir') === 'desc' ? -1 : 1;
    state.page = Math.max(0, parseInt(p.get('page'), 10) || 0);
  }
  function save() {
    var p = new URLSearchParams();
    Object.keys(controls).forEach(function (k) { if (controls[k].value) p.set(k, controls[k].value); });
    if (state.sort) { p.set('sort', state.sort); p.set('dir', state.dir < 0 ? 'desc' : 'asc'); }
    if (state.page) p.set('page', String(state.page));
    var h = p.toString();
    history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
  }
  function keep(r) {
    var q = controls.q.value.trim().toLowerCase();
    if (controls.grade.value && r.g !== controls.grade.value) return false;
    if (controls.site.value && r.s !== controls.site.value) return false;
    if (controls.lang.value && r.l !== controls.lang.value) return false;
    var fam = controls.fam.value;
    if (fam === '-' ? Object.keys(r.f).length > 0 : fam && !r.f[fam]) return false;
    if (controls.err.value === 'yes' && !r.e) return false;
    if (controls.err.value === 'no' && r.e) return false;
    if (q) {
      var hay = (r.t + ' ' + r.s + ' ' + r.p + ' ' + Object.keys(r.f).join(' ')).toLowerCase();
      if (hay.indexOf(q) < 0) return false;
    }
    return true;
  }
  function key(r, k) {
    if (k === 'f') { var n = 0; for (var t in r.f) n += r.f[t]; return n; }
    return r[k];
  }
  function cmp(a, b) {
    var x = key(a, state.sort), y = key(b, state.sort);
    if (x === null || x === undefined) x = typeof y === 'number' ? -Infinity : '';
    if (y === null || y === undefined) y = typeof x === 'number' ? -Infinity : '';
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    if (text !== null && text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function render() {
    var list = rows.filter(keep);
    if (state.sort) list.sort(function (a, b) { return state.dir * cmp(a, b) || a.i - b.i; });
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var frag = document.createDocumentFragment();
    list.slice(state.page * PAGE, state.page * PAGE + PAGE).forEach(function (r) {
      var tr = document.createElement('tr');
      var td = cell(tr, null, 't');
      var a = document.createElement('a');
      a.href = 'a/' + r.u; a.textContent = r.t; a.dir = 'auto';
      td.appendChild(a);
      cell(tr, r.s, 'iso').dir = 'auto';
      cell(tr, r.d, 'hide-sm');
      var g = cell(tr, null), b = document.createElement('span');
      b.className = 'grade' + (/^[A-F]$/.test(r.g) ? ' g-' + r.g : ''); b.textContent = r.g;
      g.appendChild(b);
      cell(tr, r.o === null ? '' : r.o.toFixed(1), 'n');
      var sig = cell(tr, null);
      Object.keys(r.f).forEach(function (t) {
        var s = document.createElement('span'), l = labels[t] || [t, 'x'];
        s.className = 'badge fam-' + l[1]; s.textContent = l[0] + (r.f[t] > 1 ? ' \u00d7' + r.f[t] : '');
        sig.appendChild(s);
      });
      cell(tr, r.c === null ? '' : '#' + r.c, 'n hide-sm');
      cell(tr, r.e ? String(r.e) : '', 'n' + (r.e ? ' bad' : ''));
      frag.appendChild(tr);
    });
    body.replaceChildren(frag);
    shown.textContent = list.length + ' of ' + rows.length + ' articles';
    info.textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    prev.disabled = state.page === 0; next.disabled = state.page >= pages - 1;
    document.querySelectorAll('#articles th[data-key]').forEach(function (th) {
      if (th.dataset.key === state.sort) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  document.querySelectorAll('#articles th[data-key] button').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.parentNode.dataset.key;
      state.dir = state.sort === k ? -state.dir : (b.parentNode.classList.contains('n') ? -1 : 1);
      state.sort = k; state.page = 0; save(); render();
    });
  });
  prev.addEventListener('click', function () { state.page--; save(); render(); });
  next.addEventListener('click', function () { state.page++; save(); render(); });
  document.getElementById('reset').addEventListener('click', function () {
    Object.keys(controls).forEach(function (k) { controls[k].value = ''; });
    state = {sort: '', dir: 1, page: 0}; save(); render();
  });
  window.addEventListener('hashchange', function () { readHash(); render(); });
  readHash();
  render();
  document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
})();
)js";

}  // namespace provscore::internal
