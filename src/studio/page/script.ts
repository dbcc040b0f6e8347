/**
 * The studio page's script (plain browser JavaScript, no build step). It draws what the server laid out:
 * every coordinate comes from the shared layout as percent of the frame, and user text only ever goes
 * through textContent. Server-sent events announce each compile; the page refetches without reloading.
 */
export const PAGE_SCRIPT = String.raw`
'use strict';
var NS = 'http://www.w3.org/2000/svg';
var ui = { selected: 0, search: '', version: -1, state: null, fonts: {}, drafting: {} };
window.studio = ui;

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  for (var key in attrs || {}) {
    if (key === 'text') node.textContent = attrs[key];
    else if (key === 'class') node.className = attrs[key];
    else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), attrs[key]);
    else if (attrs[key] !== undefined && attrs[key] !== null) node.setAttribute(key, attrs[key]);
  }
  (children || []).forEach(function (child) { if (child) node.appendChild(child); });
  return node;
}
function svg(tag, attrs, children) {
  var node = document.createElementNS(NS, tag);
  for (var key in attrs || {}) {
    if (key === 'text') node.textContent = attrs[key];
    else if (attrs[key] !== undefined && attrs[key] !== null) node.setAttribute(key, attrs[key]);
  }
  (children || []).forEach(function (child) { if (child) node.appendChild(child); });
  return node;
}
function seconds(s) { return s >= 60 ? Math.floor(s / 60) + 'm' + String(Math.round(s % 60)).padStart(2, '0') + 's' : (Math.round(s * 10) / 10) + 's'; }
function credits(n, exact) { return (exact ? '' : '~') + n + ' credit' + (n === 1 ? '' : 's'); }

/** A bundled font URL → a CSS family name, declared once with @font-face. */
function fontFamily(url, fallback) {
  if (!url) return '"' + fallback + '", sans-serif';
  if (!ui.fonts[url]) {
    var name = 'studio-' + url.replace(/[^a-z0-9]/gi, '');
    ui.fonts[url] = name;
    document.getElementById('fonts').textContent += '@font-face { font-family: "' + name + '"; src: url("' + url + '") format("truetype"); font-display: block; }\n';
  }
  return '"' + ui.fonts[url] + '", "' + fallback + '", sans-serif';
}

function setStatus(text) { document.getElementById('status').textContent = text; }

async function refresh() {
  var state = await (await fetch('/api/state')).json();
  ui.state = state;
  document.getElementById('file').textContent = state.file;
  document.getElementById('totals').textContent = state.failure ? '' :
    state.videos.length + ' video' + (state.videos.length === 1 ? '' : 's') + ' · ' + seconds(state.total.seconds) + ' · total ' + credits(state.total.credits, state.total.exact);
  var view = document.getElementById('view');
  if (state.failure) {
    document.getElementById('list').hidden = true;
    view.replaceChildren(failureView(state.failure));
  } else {
    if (ui.selected >= state.videos.length) ui.selected = 0;
    renderList();
    var video = state.videos.length ? await (await fetch('/api/video/' + ui.selected)).json() : null;
    var parts = [];
    if (state.diagnostics.length) parts.push(diagnosticsView('Errors: fix these before anything can be rendered', state.diagnostics, 'diagnostics'));
    if (video) parts.push(videoView(video));
    else if (!state.diagnostics.length) parts.push(el('p', { text: 'The file yields no video.' }));
    parts.push(el('div', { class: 'total', id: 'total', text: 'Total: ' + credits(state.total.credits, state.total.exact) + ' · ' + seconds(state.total.seconds) + ' over ' + state.videos.length + ' video' + (state.videos.length === 1 ? '' : 's') }));
    view.replaceChildren.apply(view, parts);
  }
  ui.version = state.version;
  document.body.setAttribute('data-version', String(state.version));
  setStatus('up to date · compiled in ' + Math.round(state.compileMs) + ' ms');
}

function failureView(failure) {
  if (failure.diagnostics.length) return diagnosticsView('The file does not compile', failure.diagnostics, 'diagnostics');
  return el('div', { class: 'diagnostics' }, [el('h2', { text: 'The file does not compile' }), el('pre', { class: 'message', text: failure.message })]);
}

function diagnosticsView(title, diagnostics, cls) {
  return el('div', { class: cls }, [el('h2', { text: title })].concat(diagnostics.map(function (d) {
    return el('div', { class: 'diagnostic ' + d.severity }, [
      el('div', {}, [
        el('span', { class: 'where', text: d.where || '(no location)' }), document.createTextNode('  '),
        el('span', { class: 'sev', text: d.severity }), document.createTextNode('  '),
        el('span', { class: 'path', text: d.path }),
      ]),
      el('div', { class: 'message', text: d.message + (d.code ? ' [' + d.code + ']' : '') }),
      d.frame ? el('pre', { text: d.frame }) : null,
    ]);
  })));
}

function renderList() {
  var state = ui.state;
  var nav = document.getElementById('list');
  nav.hidden = state.videos.length < 2;
  var query = ui.search.trim().toLowerCase();
  var shown = state.videos.filter(function (v) { return !query || v.name.toLowerCase().indexOf(query) >= 0; });
  document.getElementById('count').textContent = (query ? shown.length + ' of ' : '') + state.videos.length + ' videos';
  document.getElementById('videos').replaceChildren.apply(document.getElementById('videos'), shown.map(function (v) {
    return el('li', { class: v.index === ui.selected ? 'selected' : '', 'data-index': v.index, onclick: function () { ui.selected = v.index; refresh(); } }, [
      el('span', { text: v.name }),
      el('span', { text: v.ok ? credits(v.credits, v.creditsExact) : 'errors', class: v.ok ? '' : 'bad' }),
      el('span', { class: 'meta', text: v.aspectRatio + ' · ' + seconds(v.seconds) + (v.warnings ? ' · ' + v.warnings + ' warning' + (v.warnings === 1 ? '' : 's') : '') }),
    ]);
  }));
}

function videoView(video) {
  var head = el('div', { class: 'video-head' }, [
    el('h1', { id: 'video-name', text: video.name }),
    el('span', { class: 'facts', text: video.aspectRatio + ' · about ' + seconds(video.seconds) + ' · ' + credits(video.credits, video.creditsExact) + ' · ' + video.scenes.length + ' scene' + (video.scenes.length === 1 ? '' : 's') }),
  ]);
  var parts = [head, draftView(video)];
  var warnings = video.diagnostics.filter(function (d) { return d.severity === 'warning'; });
  if (warnings.length) parts.push(diagnosticsView('Warnings', warnings, 'diagnostics warnings'));
  video.scenes.forEach(function (scene) { parts.push(sceneView(scene)); });
  return el('div', { class: 'video', 'data-hash': video.hash }, parts);
}

function draftView(video) {
  var box = el('div', { class: 'draft' });
  var button = el('button', { id: 'draft-button', text: 'Render free draft' });
  box.appendChild(button);
  function show(draft) {
    if (draft && draft.state === 'ready') {
      button.textContent = 'Draft ready (' + (draft.ms / 1000).toFixed(1) + ' s to render)';
      button.disabled = true;
      box.appendChild(el('video', { id: 'draft-video', src: draft.url, controls: '', autoplay: '', muted: '', playsinline: '' }));
    } else if (draft && draft.state === 'failed') {
      button.disabled = false;
      button.textContent = 'Render free draft';
      box.appendChild(el('div', { class: 'diagnostics', text: 'The draft failed: ' + draft.message }));
    }
  }
  button.addEventListener('click', async function () {
    button.disabled = true;
    button.textContent = 'Rendering draft…';
    var started = performance.now();
    var answer = await (await fetch('/api/draft/' + video.index, { method: 'POST' })).json();
    if (answer.error) answer = { state: 'failed', message: answer.error };
    if (answer.state === 'ready' && !answer.ms) answer.ms = performance.now() - started;
    show(answer);
  });
  show(video.draft);
  return box;
}

function sceneView(scene) {
  var W = scene.frame.width, H = scene.frame.height;
  var x = function (p) { return p * W / 100; }, y = function (p) { return p * H / 100; };
  var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'scene ' + (scene.index + 1) });
  root.appendChild(backgroundView(scene.background, W, H));
  if (scene.overlay) root.appendChild(svg('rect', { width: W, height: H, fill: scene.overlay.color, 'fill-opacity': scene.overlay.opacity }));
  var flagged = {};
  scene.findings.forEach(function (f, i) { (flagged[f.element] = flagged[f.element] || []).push(i + 1); });
  scene.elements.forEach(function (e) {
    var g = svg('g', { class: 'element ' + e.kind, 'data-element': e.index });
    var b = e.box;
    if (e.kind === 'text') {
      if (e.background) g.appendChild(svg('rect', { x: x(b.left), y: y(b.top), width: x(b.width), height: y(b.height), fill: e.background }));
      var family = fontFamily(e.font, e.fontFamily);
      e.lines.forEach(function (line) {
        g.appendChild(svg('text', { x: x(line.left), y: y(line.baseline), 'font-size': e.fontPx, fill: e.color, style: 'font-family:' + family + ';font-weight:' + (e.font ? 'normal' : (e.bold ? 700 : 400)) + ';font-style:' + (e.italic ? 'italic' : 'normal') + ';white-space:pre', text: line.text }));
      });
    } else if (e.kind === 'shape') {
      var fill = e.fill || 'rgba(255,255,255,0.85)';
      var attrs = { fill: fill, stroke: e.stroke, 'stroke-width': e.strokeWidth };
      if (e.name === 'circle') g.appendChild(svg('ellipse', Object.assign({ cx: x(b.left + b.width / 2), cy: y(b.top + b.height / 2), rx: x(b.width / 2), ry: y(b.height / 2) }, attrs)));
      else g.appendChild(svg('rect', Object.assign({ x: x(b.left), y: y(b.top), width: x(b.width), height: y(b.height), rx: e.name === 'pill' ? y(b.height / 2) : (e.borderRadius || 0) }, attrs)));
    } else {
      if (e.src && e.type === 'image') g.appendChild(svg('image', { href: e.src, x: x(b.left), y: y(b.top), width: x(b.width), height: y(b.height), preserveAspectRatio: 'xMidYMid slice' }));
      else g.appendChild(placeholder(x(b.left), y(b.top), x(b.width), y(b.height), e.label, '#33415a'));
    }
    if (flagged[e.index]) {
      var ink = e.kind === 'text' ? e.ink : b;
      g.appendChild(svg('rect', { class: 'finding', x: x(ink.left), y: y(ink.top), width: x(ink.width), height: y(ink.height), fill: 'none', stroke: '#ffb020', 'stroke-width': 3, 'stroke-dasharray': '10 6' }));
      g.appendChild(svg('text', { class: 'marker', x: x(ink.left), y: Math.max(60, y(ink.top) - 8), fill: '#ffb020', text: flagged[e.index].join(',') }));
    }
    root.appendChild(g);
  });
  if (scene.subtitle) {
    var s = scene.subtitle;
    var fo = svg('foreignObject', { x: x(s.box.left), y: y(s.box.top), width: x(s.box.width), height: y(s.box.height), class: 'subtitle' });
    var holder = el('div', { class: 'sub', style: 'justify-content:' + (s.alignment === 'left' ? 'flex-start' : s.alignment === 'right' ? 'flex-end' : 'center') + ';text-align:' + s.alignment + ';font-family:' + fontFamily(s.font, s.fontFamily) + ';font-size:' + s.fontPx + 'px;color:' + s.color });
    holder.appendChild(el('span', { text: s.text, style: s.background ? 'background:' + s.background : 'text-shadow:0 0 4px #000' }));
    fo.appendChild(holder);
    root.appendChild(fo);
  }
  var shape = W > H * 1.2 ? '' : H > W * 1.2 ? ' portrait' : ' square';
  var facts = el('dl', {}, [
    el('dt', { text: 'Duration' }), el('dd', { text: 'about ' + seconds(scene.seconds) }),
    el('dt', { text: 'Credits' }), el('dd', { class: 'scene-credits', text: String(scene.credits) }),
    scene.voice ? el('dt', { text: 'Voice' }) : null, scene.voice ? el('dd', { text: scene.voice }) : null,
    scene.transition ? el('dt', { text: 'Transition' }) : null, scene.transition ? el('dd', { text: scene.transition }) : null,
    el('dt', { text: 'Background' }), el('dd', { text: backgroundText(scene.background) }),
  ]);
  var findings = el('ol', { class: 'findings' }, scene.findings.map(function (f, i) {
    return el('li', { class: f.severity, 'data-code': f.code }, [el('b', { text: (i + 1) + '' }), document.createTextNode(' ' + f.message + ' [' + f.code + ']')]);
  }));
  return el('div', { class: 'scene', 'data-scene': scene.index }, [
    el('div', { class: 'frame' + shape }, [root]),
    el('div', { class: 'facts-panel' }, [
      el('h3', { text: 'Scene ' + (scene.index + 1) }),
      scene.story ? el('div', { class: 'story', text: '“' + scene.story + '”' }) : null,
      facts,
      scene.findings.length ? findings : null,
    ]),
  ]);
}

function backgroundText(bg) {
  if (bg.kind === 'ai') return 'AI ' + bg.type + ' · ' + bg.model + (bg.duration ? ' · ' + bg.duration : '');
  if (bg.kind === 'stock') return 'stock' + (bg.query ? ': "' + bg.query + '"' : ' (chosen by Pictory for the story)');
  if (bg.kind === 'color') return 'colour ' + bg.color;
  if (bg.kind === 'image' || bg.kind === 'video') return bg.kind + ' ' + bg.url;
  return 'stock (chosen by Pictory for the story)';
}

function backgroundView(bg, W, H) {
  if (bg.kind === 'color') return svg('rect', { width: W, height: H, fill: bg.color });
  if (bg.kind === 'image' && bg.src) {
    return svg('g', {}, [svg('rect', { width: W, height: H, fill: '#000' }), svg('image', { href: bg.src, width: W, height: H, preserveAspectRatio: 'xMidYMid slice' })]);
  }
  if (bg.kind === 'ai') return placeholder(0, 0, W, H, 'AI ' + bg.type + ' · ' + bg.model + (bg.duration ? ' · ' + bg.duration : '') + '\n' + (bg.prompt || ''), '#1d2a44', true);
  if (bg.kind === 'stock' || bg.kind === 'none') return placeholder(0, 0, W, H, 'Stock ' + (bg.query ? '· "' + bg.query + '"' : '· chosen by Pictory for the story'), '#2b2f36', true);
  return placeholder(0, 0, W, H, bg.kind + ' · ' + bg.url, '#2b2f36', true);
}

function placeholder(px, py, w, h, label, color, background) {
  var g = svg('g', { class: background ? 'background placeholder-bg' : 'placeholder-media' });
  g.appendChild(svg('rect', { x: px, y: py, width: w, height: h, fill: color, stroke: background ? 'none' : '#8aa4d6', 'stroke-dasharray': '8 6', 'stroke-width': 2 }));
  var fo = svg('foreignObject', { x: px, y: py, width: w, height: h });
  var lines = label.split('\n');
  fo.appendChild(el('div', { class: 'placeholder' }, [el('b', { text: lines[0] }), lines[1] ? el('span', { text: lines.slice(1).join(' ') }) : null]));
  g.appendChild(fo);
  return g;
}

document.getElementById('search').addEventListener('input', function (event) { ui.search = event.target.value; renderList(); });

var queued = false, busy = false;
async function update() {
  if (busy) { queued = true; return; }
  busy = true;
  try { await refresh(); } catch (error) { setStatus('update failed: ' + error.message); }
  busy = false;
  if (queued) { queued = false; update(); }
}
var events = new EventSource('/events');
events.addEventListener('update', function () { update(); });
events.onerror = function () { setStatus('studio server unreachable; retrying…'); };
`;
