// The desk's one script (no framework, no build step). It reads the pages'
// data-* attributes and never builds HTML from text: what the server sends
// as HTML (a corrected row, a re-rendered table) was escaped there.
'use strict';

const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

async function post(url, fields) {
  const body = new URLSearchParams(fields);
  const res = await fetch(url, {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf(), 'Accept': 'application/json'},
    body,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(text.trim() || res.statusText);
  return JSON.parse(text);
}

// ---- Inbox: drag and drop, live progress -------------------------------
function setupInbox() {
  const form = document.getElementById('upload');
  const progress = document.getElementById('progress');
  const bar = document.getElementById('bar');
  if (form) {
    const max = Number(form.dataset.max || 0);
    const send = async (files) => {
      for (const f of files) {
        if (max && f.size > max) { progress.textContent = f.name + ': ' + 'file too large'; return; }
        const data = new FormData();
        data.append('csrf', csrf());
        data.append('files', f, f.name);
        progress.textContent = '↑ ' + f.name;
        const res = await fetch('/inbox/upload', {method: 'POST', body: data, credentials: 'same-origin',
                                                  headers: {'X-CSRF-Token': csrf(), 'Accept': 'application/json'}});
        if (!res.ok) { progress.textContent = f.name + ': ' + (await res.text()); return; }
      }
      location.replace('/inbox?notice=uploaded&file=' + encodeURIComponent(files.length === 1 ? files[0].name : String(files.length)));
    };
    ['dragenter', 'dragover'].forEach(e => form.addEventListener(e, ev => { ev.preventDefault(); form.classList.add('over'); }));
    ['dragleave', 'drop'].forEach(e => form.addEventListener(e, ev => { ev.preventDefault(); form.classList.remove('over'); }));
    form.addEventListener('drop', ev => { if (ev.dataTransfer && ev.dataTransfer.files.length) send(Array.from(ev.dataTransfer.files)); });
  }
  const waiting = document.getElementById('waiting');
  const count = document.getElementById('waiting-count');
  let seen = null;
  const poll = async () => {
    try {
      const res = await fetch('/api/inbox', {credentials: 'same-origin'});
      if (!res.ok) return;
      const s = await res.json();
      if (progress && s.progress_text) progress.textContent = s.progress_text;
      if (bar) {
        bar.hidden = !s.running;
        if (s.running && s.total > 0) { bar.max = s.total; bar.value = s.done; }
      }
      const run = document.getElementById('run');
      if (run) run.disabled = s.running;
      if (waiting && count) {
        count.textContent = String(s.waiting.length);
        if (s.waiting.length !== waiting.rows.length || s.waiting.some((f, i) => waiting.rows[i].cells[0].textContent !== f.name)) {
          waiting.replaceChildren(...s.waiting.map(f => {
            const tr = document.createElement('tr');
            [f.name, Math.max(1, Math.round(f.bytes / 1024)) + ' KB', ''].forEach((t, i) => {
              const td = document.createElement('td'); td.textContent = t; if (i === 1) td.className = 'n'; tr.appendChild(td);
            });
            return tr;
          }));
        }
      }
      const key = s.loaded_today + '/' + s.quarantined.length + '/' + s.ended;
      if (seen !== null && key !== seen && !s.running) location.reload();
      seen = key;
    } catch (e) { /* the server is restarting: try again later */ }
  };
  poll();
  setInterval(poll, 2000);
}

// ---- The verification screen --------------------------------------------
function setupDocument() {
  const verify = document.getElementById('verify');
  if (!verify) return;
  const doc = verify.dataset.doc;
  const canCorrect = verify.dataset.canCorrect === '1';
  const strings = (document.getElementById('t-strings') || {dataset: {}}).dataset;
  const value = document.getElementById('act-value');
  const note = document.getElementById('act-note');
  const msg = document.getElementById('act-msg');
  const pageview = document.getElementById('pageview');
  const img = document.getElementById('pageimg');
  const hl = document.getElementById('hl');
  const blockview = document.getElementById('blockview');
  const pageMeta = new Map();
  let current = null;
  let mode = 'set';

  const figs = () => Array.from(document.querySelectorAll('td.fig:not(.null)'));
  const say = (text, error) => { if (msg) { msg.textContent = text || ''; msg.classList.toggle('err', !!error); } };

  async function showPage(row) {
    const page = row.dataset.page;
    const box = row.dataset.box.split(',').map(Number);
    let meta = pageMeta.get(page);
    if (!meta) {
      const res = await fetch(`/documents/${doc}/page/${page}.json`, {credentials: 'same-origin'});
      if (!res.ok) throw new Error(await res.text());
      meta = await res.json();
      pageMeta.set(page, meta);
    }
    blockview.hidden = true;
    pageview.hidden = false;
    const place = () => {
      hl.style.left = (100 * box[0] / meta.w) + '%';
      hl.style.top = (100 * box[1] / meta.h) + '%';
      hl.style.width = (100 * (box[2] - box[0]) / meta.w) + '%';
      hl.style.height = (100 * (box[3] - box[1]) / meta.h) + '%';
      // Scroll the evidence panel only, not the page.
      const panel = document.getElementById('evidence');
      panel.scrollTop = Math.max(0, pageview.offsetTop + hl.offsetTop - panel.clientHeight / 2);
    };
    if (img.getAttribute('src') !== meta.src) {
      img.onload = place;
      img.setAttribute('src', meta.src);
    } else {
      place();
    }
  }

  async function showBlock(row) {
    const res = await fetch(`/documents/${doc}/evidence/${row.dataset.rec}`, {credentials: 'same-origin'});
    pageview.hidden = true;
    blockview.hidden = false;
    blockview.innerHTML = res.ok ? await res.text() : '';  // escaped by the server
    const field = current && current.dataset.field;
    const hit = blockview.querySelector('tr.hit, mark');
    if (hit) hit.scrollIntoView({block: 'nearest'});
    void field;
  }

  function select(td) {
    if (!td) return;
    document.querySelectorAll('td.fig.sel').forEach(x => x.classList.remove('sel'));
    document.querySelectorAll('tr.rec.current').forEach(x => x.classList.remove('current'));
    current = td;
    td.classList.add('sel');
    const row = td.closest('tr');
    row.classList.add('current');
    td.scrollIntoView({block: 'nearest'});
    document.getElementById('ev-field').textContent = '#' + row.dataset.rec + ' · ' + td.dataset.label;
    document.getElementById('ev-where').textContent = row.querySelector('.where').textContent;
    document.getElementById('ev-text').textContent = row.querySelector('.srctext').textContent;
    if (value) { value.value = td.dataset.value === 'null' ? '' : td.dataset.value; }
    if (note) note.value = '';
    mode = 'set';
    say('');
    const evidence = row.dataset.box ? showPage(row).catch(() => showBlock(row)) : showBlock(row);
    evidence.catch(() => {});
  }

  function move(step) {
    const all = figs();
    if (!all.length) return;
    const i = current ? all.indexOf(current) : -1;
    const next = i < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, i + step));
    select(all[next]);
  }

  async function act(action) {
    if (!current || !canCorrect) return;
    const row = current.closest('tr');
    const field = current.dataset.field;
    const fields = {record: row.dataset.rec, action, field};
    if (action === 'accept') {
      if (current.dataset.value === 'null') return;
      fields.value = current.dataset.value;
      fields.note = note.value.trim() || strings.acceptNote;
    } else if (action === 'set') {
      const typed = value.value.trim();
      if (!/^(null|[0-9][0-9 .,]*)$/.test(typed)) { say(strings.badNumber, true); value.focus(); return; }
      fields.value = typed;
      fields.note = note.value.trim() || strings.defaultNote;
    } else if (action === 'reject') {
      if (!note.value.trim()) { mode = 'reject'; say(strings.needReason, true); note.focus(); return; }
      fields.note = note.value.trim();
    } else if (action === 'undo') {
      fields.note = note.value.trim() || strings.undoNote;
      if (row.classList.contains('rejected')) fields.field = '*';
    }
    try {
      const answer = await post('/api/correct', fields);
      const holder = document.createElement('tbody');
      holder.innerHTML = answer.row_html;  // escaped by the server
      const fresh = holder.querySelector('tr');
      row.replaceWith(fresh);
      const again = fresh.querySelector(`td.fig[data-field="${field}"]`);
      current = null;
      select(again);
      say(strings.saved + ' (#' + answer.correction + ')');
      if (action === 'accept') move(1);
      if (document.activeElement && document.activeElement.tagName === 'INPUT') document.activeElement.blur();
    } catch (e) {
      say(e.message, true);
    }
  }

  document.addEventListener('click', ev => {
    const td = ev.target.closest('td.fig');
    if (td) { select(td); return; }
    const go = ev.target.closest('a.goto');
    if (go) {
      ev.preventDefault();
      const row = document.getElementById('r' + go.dataset.goto);
      if (row) select(row.querySelector('td.fig:not(.null)') || row.querySelector('td.fig'));
    }
  });
  const buttons = {'btn-accept': 'accept', 'btn-set': 'set', 'btn-reject': 'reject', 'btn-undo': 'undo'};
  Object.entries(buttons).forEach(([id, action]) => {
    const b = document.getElementById(id);
    if (b) b.addEventListener('click', () => act(action));
  });
  if (value) value.addEventListener('keydown', ev => {
    if (ev.key === 'Enter') { ev.preventDefault(); act('set'); }
    if (ev.key === 'Escape') { value.blur(); mode = 'set'; }
  });
  if (note) note.addEventListener('keydown', ev => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      if (mode === 'reject') act('reject');
      else if (current && value.value.trim() !== (current.dataset.value === 'null' ? '' : current.dataset.value)) act('set');
      else act('accept');
    }
    if (ev.key === 'Escape') { note.blur(); mode = 'set'; say(''); }
  });
  document.addEventListener('keydown', ev => {
    if (ev.target.tagName === 'INPUT' || ev.target.tagName === 'TEXTAREA' || ev.target.tagName === 'SELECT') return;
    // The metadata form is an ordinary form: Enter on its button submits it.
    if (ev.target.closest && ev.target.closest('form.metaform')) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'ArrowDown' || ev.key === 'j') { ev.preventDefault(); move(1); }
    else if (ev.key === 'ArrowUp' || ev.key === 'k') { ev.preventDefault(); move(-1); }
    else if (!canCorrect) return;
    else if (ev.key === 'Enter') { ev.preventDefault(); act('accept'); }
    else if (/^[0-9]$/.test(ev.key) && current) { ev.preventDefault(); value.value = ev.key; value.focus(); mode = 'set'; }
    else if (ev.key === 'r' || ev.key === 'R') { if (current) { ev.preventDefault(); mode = 'reject'; say(strings.needReason); note.focus(); } }
    else if (ev.key === 'u' || ev.key === 'U') { ev.preventDefault(); act('undo'); }
  });
  move(1);
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  if (page === 'inbox') setupInbox();
  if (page === 'document') setupDocument();
});
