// `baocao serve` in a real browser: Debian's headless Chromium driven by
// puppeteer-core (no browser download). Loads samples into a fresh inbox,
// serves them, opens the scanned sample's verification screen, steps
// through its figures with the keyboard, corrects one (typing a number),
// rejects one (R, a reason, Enter), accepts one (Enter), edits the
// document's issuer in the metadata form, and checks that `baocao export`
// (and `baocao correct --list`) show all of them. Screenshots of each page are kept in $BAOCAO_TEST_ARTIFACTS.
//
// Usage (CTest runs it): node desk_browser_test.mjs BAOCAO_BINARY SAMPLES_DIR ARTIFACTS_DIR
// Exit 77 (skipped) when no Chromium or no puppeteer-core is installed,
// saying how to install them; with BAOCAO_REQUIRE_BROWSER=1 (CI) exit 1
// instead: there a missing browser must not pass as a skip.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [binary, samples, artifacts] = process.argv.slice(2);
const REQUIRED = process.env.BAOCAO_REQUIRE_BROWSER === '1';
const SKIP = REQUIRED ? 1 : 77;
const SKIPPING = REQUIRED ? 'FAIL (BAOCAO_REQUIRE_BROWSER=1)' : 'SKIP';

function findChromium() {
  if (process.env.BAOCAO_CHROMIUM) return process.env.BAOCAO_CHROMIUM;
  for (const dir of (process.env.PATH || '').split(':')) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
  }
  return '';
}

let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch (e) {
  console.log(SKIPPING + ': puppeteer-core is not installed: npm ci --prefix tests/desk/browser (scripts/test.sh does it)');
  process.exit(SKIP);
}
const chromium = findChromium();
if (!chromium) {
  console.log(SKIPPING + ': no chromium on PATH: apt-get install chromium (scripts/install-deps.sh --tests)');
  process.exit(SKIP);
}

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log('ok   ' + what); } else { failed++; console.log('FAIL ' + what); }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-browser-'));
const inbox = path.join(work, 'inbox');
const db = path.join(work, 'baocao.db');
fs.mkdirSync(inbox);
fs.mkdirSync(artifacts, {recursive: true});
// The DOCX samples (fast), a text PDF and the scan of the same report.
const chosen = fs.readdirSync(samples).filter(n => n.endsWith('.docx'));
chosen.push('errors-table.pdf', 'errors-table.scan.pdf');
for (const name of chosen) fs.copyFileSync(path.join(samples, name), path.join(inbox, name));
const ingest = spawn(binary, ['ingest', '--inbox', inbox, '--db', db, '--settle', '0', '--jobs', '2'], {stdio: ['ignore', 'ignore', 'inherit']});
const ingestCode = await new Promise(resolve => ingest.on('exit', resolve));
check(ingestCode === 0 || ingestCode === 3, `ingest of ${chosen.length} samples exits 0 or 3 (got ${ingestCode})`);
// One file left to show in the inbox's waiting list, and one quarantined.
fs.writeFileSync(path.join(inbox, 'bao-cao-xa-moi.docx'), 'not yet loaded');

const server = spawn(binary, ['serve', '--db', db, '--inbox', inbox, '--listen', '127.0.0.1:0'], {stdio: ['ignore', 'ignore', 'pipe']});
const base = await new Promise((resolve, reject) => {
  let text = '';
  server.stderr.on('data', d => {
    text += d;
    const m = text.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
  server.on('exit', code => reject(new Error('serve exited ' + code + ': ' + text)));
  setTimeout(() => reject(new Error('serve did not start: ' + text)), 30000);
});

const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', '--disable-dev-shm-usage'],
  defaultViewport: {width: 1500, height: 950},
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  const shot = async name => {
    const file = path.join(artifacts, name);
    await page.screenshot({path: file, fullPage: false});
    console.log('screenshot: ' + file);
  };

  await page.goto(base + '/inbox', {waitUntil: 'networkidle0'});
  check((await page.$eval('#waiting', t => t.textContent)).includes('bao-cao-xa-moi.docx'), 'the inbox lists the waiting file');
  check((await page.content()).includes('errors-table.scan.pdf'), 'the inbox lists today\'s loads');
  await shot('desk-inbox.png');

  await page.goto(base + '/documents', {waitUntil: 'networkidle0'});
  await shot('desk-documents.png');
  const href = await page.$$eval('table.docs a', as => (as.find(a => a.textContent === 'errors-table.scan.pdf') || {}).href);
  check(!!href, 'the documents page lists the scanned sample');

  await page.goto(href, {waitUntil: 'networkidle0'});
  // The first figure is selected and its page image shown with the region highlighted.
  await page.waitForSelector('td.fig.sel');
  await page.waitForFunction(() => {
    const img = document.getElementById('pageimg');
    return img && img.complete && img.naturalWidth > 0 && !document.getElementById('pageview').hidden;
  }, {timeout: 60000});
  const hl = await page.$eval('#hl', el => { const r = el.getBoundingClientRect(); return {w: r.width, h: r.height}; });
  check(hl.w > 20 && hl.h > 5, `the figure's region is highlighted on the page image (${Math.round(hl.w)}x${Math.round(hl.h)} px)`);
  await shot('desk-verify-scan.png');

  // Step through the figures with the keyboard.
  const selected = () => page.$eval('td.fig.sel', td => td.closest('tr').dataset.rec + '/' + td.dataset.field);
  const first = await selected();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  const third = await selected();
  check(first !== third, `J and ↓ move to the next figures (${first} -> ${third})`);
  await page.keyboard.press('k');
  const second = await selected();
  check(second !== third, 'K moves back');

  // Correct: typing a number starts the correction, Enter stores it.
  const target = await page.$eval('td.fig.sel', td => ({rec: td.closest('tr').dataset.rec, field: td.dataset.field, value: td.dataset.value,
                                                     label: td.closest('tr').querySelector('.label').textContent}));
  const newValue = String(Number(target.value === 'null' ? 0 : target.value) + 7);
  await page.keyboard.type(newValue);
  await page.keyboard.press('Enter');
  await page.waitForFunction(rec => { const r = document.getElementById('r' + rec); return r && r.querySelector('td.fig.corrected'); }, {}, target.rec);
  check(true, `figure #${target.rec} ${target.field} corrected to ${newValue}`);

  // Reject another record: next record's figure, R, a reason, Enter.
  let rejected = null;
  for (let i = 0; i < 12 && !rejected; i++) {
    await page.keyboard.press('j');
    const rec = await page.$eval('td.fig.sel', td => td.closest('tr').dataset.rec);
    if (rec !== target.rec) rejected = rec;
  }
  const rejectedLabel = await page.$eval(`#r${rejected} .label`, el => el.textContent);
  await page.keyboard.press('r');
  await page.keyboard.type('dòng trùng với bảng tổng hợp');
  await page.keyboard.press('Enter');
  await page.waitForFunction(rec => { const r = document.getElementById('r' + rec); return r && r.classList.contains('rejected'); }, {}, rejected);
  check(true, `record #${rejected} rejected`);
  // Accept a figure of a third record: select it, Enter.
  const accepted = await page.$$eval('td.fig', (tds, skip) => {
    // A count (whole number): printed alike by the page and by `correct --list`.
    const td = tds.find(t => t.dataset.value !== 'null' && !['value', 'of'].includes(t.dataset.field) &&
                             !skip.includes(t.closest('tr').dataset.rec));
    return td ? {rec: td.closest('tr').dataset.rec, field: td.dataset.field, value: td.dataset.value} : null;
  }, [target.rec, rejected]);
  check(!!accepted, 'a third record has a figure to accept');
  await page.$eval(`#r${accepted.rec} td.fig[data-field="${accepted.field}"]`, td => td.click());
  await page.keyboard.press('Enter');
  await page.waitForFunction(a => { const r = document.getElementById('r' + a.rec);
    return r && r.querySelector(`td.fig.accepted[data-field="${a.field}"]`); }, {}, accepted);
  const listed = execFileSync(binary, ['correct', '--db', db, '--list'], {encoding: 'utf8'});
  check(listed.split('\n').some(l => l.includes(`#${accepted.rec} `) && l.includes(`${accepted.field} ${accepted.value} -> ${accepted.value}`)),
        `the acceptance of #${accepted.rec} ${accepted.field} ${accepted.value} is stored`);
  await page.$eval(`#r${target.rec} td.fig.corrected`, td => td.click());
  await new Promise(r => setTimeout(r, 500));
  await shot('desk-verify-scan-corrected.png');

  // The document's metadata: open the form, change the issuer, save.
  const issuer = 'UBND xã Thử Nghiệm <b>';
  await page.click('#meta summary');
  await page.$eval('#m-issuer', el => { el.value = ''; });
  await page.type('#m-issuer', issuer);
  await page.type('#m-note', 'sửa theo bản giấy');
  await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#meta-save')]);
  check((await page.$eval('#m-issuer', el => el.value)) === issuer, 'the form shows the saved issuer');
  await shot('desk-verify-scan-metadata.png');

  // `baocao export` shows both at once.
  const exported = execFileSync(binary, ['export', '--db', db], {encoding: 'utf8'}).trim().split('\n').map(l => JSON.parse(l));
  const extracted = execFileSync(binary, ['export', '--db', db, '--as-extracted'], {encoding: 'utf8'}).trim().split('\n').map(l => JSON.parse(l));
  const inScan = lines => { const out = []; let on = false; for (const j of lines) { if (j.type === 'document') on = j.file === 'errors-table.scan.pdf'; else if (on) out.push(j); } return out; };
  const fieldName = target.field;
  check(inScan(exported).some(j => j.label === target.label && j[fieldName] === Number(newValue)),
        `baocao export shows the correction (${target.label}: ${fieldName} ${newValue})`);
  const scanLine = exported.find(j => j.type === 'document' && j.file === 'errors-table.scan.pdf');
  check(scanLine && scanLine.issuer === issuer, `baocao export shows the corrected issuer (${scanLine && scanLine.issuer})`);
  const count = (lines, label) => inScan(lines).filter(j => j.label === label && j.type !== 'check').length;
  check(count(exported, rejectedLabel) === count(extracted, rejectedLabel) - 1,
        `baocao export leaves the rejected record out (${rejectedLabel})`);

  // The other pages, in English too.
  await page.goto(base + '/diff', {waitUntil: 'networkidle0'});
  await shot('desk-diff.png');
  await page.goto(base + '/rollup', {waitUntil: 'networkidle0'});
  await shot('desk-rollup.png');
  await page.goto(base + '/lang?to=en&back=%2Fdocuments', {waitUntil: 'networkidle0'});
  check((await page.$eval('h1', h => h.textContent)).startsWith('Documents'), 'the English switch works');
  check(errors.length === 0, 'no script error in the browser' + (errors.length ? ': ' + errors.join(' | ') : ''));
} catch (e) {
  failed++;
  console.log('FAIL ' + (e && e.stack || e));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(work, {recursive: true, force: true});
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
