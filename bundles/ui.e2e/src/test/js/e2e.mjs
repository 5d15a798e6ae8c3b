// One end-to-end scenario of the newsradar web workbench in headless Chromium, run by
// WorkbenchInChromiumTest:  node e2e.mjs SCENARIO BASE_URL SCREENSHOT_DIR [ARGS...]
// Exits 0 when the scenario holds, 1 with the reason when it does not. Any console error, page
// error or dialog (an alert() from an injected script, say) fails the scenario.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const [, , scenario, base, shots, ...args] = process.argv;
const WAIT = 20000;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: true });
}

async function text(page, selector) {
  return (await page.locator(selector).first().textContent()).trim();
}

async function total(page) {
  return Number((await text(page, '#total')).replace(/,/g, ''));
}

/** The notice a POST leaves on the page it redirects to. */
async function notice(page, words) {
  const n = page.locator('.notice');
  await n.waitFor({ timeout: WAIT });
  const said = (await n.textContent()).trim();
  check(said.includes(words), `expected a notice with "${words}", got "${said}"`);
}

const scenarios = {
  async dashboard(page) {
    await page.goto(base + '/');
    check(page.url().endsWith('/dashboard'), 'the root address leads to the dashboard, got ' + page.url());
    await page.locator('#live.on').waitFor({ timeout: WAIT });
    const dataCenters = Number(await text(page, '#chart-topics g.bar[data-topic="data_center"] text.count'));
    check(dataCenters >= 2, 'the topic chart counts the data-center stories, got ' + dataCenters);
    check(await page.locator('#chart-regions g.bar[data-region="강원특별자치도"]').count() === 1,
      'the region chart has a bar for 강원특별자치도');
    check(await page.locator('#chart-days g.day').count() >= 3, 'the day chart has a column per publication day');
    check(await page.locator('#latest ol.stories > li').count() >= 4, 'the latest stories are listed');
    await shot(page, 'dashboard');
    await page.locator('#chart-regions a:has(g.bar[data-region="대구광역시"])').click();
    await page.waitForURL(/\/stories\?region=/);
    check(await total(page) === 1, 'a region bar leads to that region\'s stories');
  },

  async filter(page) {
    await page.goto(base + '/stories');
    const all = await total(page);
    await page.selectOption('select[name="region"]', '대구광역시');
    await page.waitForURL(/region=/);
    check(await total(page) === 1, 'one story is about 대구광역시, got ' + await total(page));
    check((await text(page, 'ol.stories > li .title')).includes('연탄'), 'the 대구 story is the CSR one');
    await page.goto(base + '/stories');
    await page.fill('input[name="q"]', '수열에너지');
    await page.click('button:has-text("거르기")');
    await page.waitForURL(/q=/);
    check(await total(page) === 1, 'one story mentions 수열에너지');
    await page.selectOption('select[name="topic"]', 'smart_factory');
    await page.waitForURL(/topic=smart_factory/);
    check(await total(page) === 0, 'text and topic filters combine');
    await page.goto(base + '/stories?topic=smart_factory');
    check(await total(page) >= 1 && await total(page) < all, 'the topic filter narrows the list');
    await shot(page, 'stories-filtered');
  },

  async story(page) {
    await page.goto(base + '/stories?q=' + encodeURIComponent('수열에너지'));
    await page.click('ol.stories > li .title');
    await page.waitForURL(/\/stories\/story\//);
    const marks = page.locator('#story-body mark[data-topic="data_center"]');
    check(await marks.count() >= 2, 'the body has its data-center evidence highlighted');
    check((await marks.allTextContents()).some(t => t.includes('데이터센터')), 'a highlighted phrase is about data centers');
    const decision = page.locator('#decisions li[data-topic="data_center"][data-accepted="true"] .classifier');
    check((await decision.textContent()).startsWith('org.newsradar.classifier.'), 'the deciding bundle and version are named');
    const facts = await text(page, '#facts');
    for (const fact of ['강원특별자치도', '5,000억 원', '300개', '40 MW']) {
      check(facts.includes(fact), `the facts include ${fact}: ${facts}`);
    }
    check(await page.locator('#source a[href^="/sources/raw?source="]').count() === 1, 'the local source can be opened');
    await shot(page, 'story');
  },

  async xss(page) {
    await page.goto(base + '/stories?q=' + encodeURIComponent('보안 점검'));
    const title = await text(page, 'ol.stories > li .title');
    check(title.startsWith('<script>window.pwned=1</script>'), 'the title shows its markup as text: ' + title);
    await page.click('ol.stories > li .title');
    await page.waitForURL(/\/stories\/story\//);
    check((await text(page, '#story-title')).includes('<script>'), 'the story heading shows the markup as text');
    check((await page.title()).includes('<script>'), 'the window title shows the markup as text');
    check((await text(page, '#story-body')).includes('<img src=x'), 'markup in the body shows as text');
    check(await page.evaluate(() => window.pwned === undefined), 'no script from the page ran');
    check(await page.locator('#story-body img, #story-title script').count() === 0, 'no element was injected');
    await shot(page, 'xss');
  },

  async live(page, watchDir, dropFile) {
    await page.goto(base + '/stories');
    const before = await total(page);
    await page.evaluate(() => { window.samePage = true; });
    fs.copyFileSync(dropFile, path.join(watchDir, path.basename(dropFile)));
    await page.waitForFunction(n => Number(document.getElementById('total').textContent.replace(/,/g, '')) === n + 1,
      before, { timeout: WAIT });
    check(await page.evaluate(() => window.samePage === true), 'the list updated without reloading the page');
    const titles = await page.locator('ol.stories > li .title').allTextContents();
    check(titles.filter(t => t.includes('구미')).length === 1, 'the dropped story is listed once: ' + titles);
    await page.locator('#toast:not([hidden])').waitFor({ timeout: WAIT });
    await shot(page, 'live-drop');
  },

  async upload(page, jar) {
    await page.goto(base + '/classifiers');
    await page.setInputFiles('#jar', jar);
    await page.click('button:has-text("올려서 설치")');
    await notice(page, '설치하고 시작했습니다');
    const row = page.locator('#topics tr[data-bundle="org.newsradar.itest.fixture"]');
    check(await row.count() === 1, 'the uploaded bundle serves a topic');
    check(await row.getAttribute('data-topic') === 'data_center', 'it serves data_center');
    check(await row.getAttribute('data-state') === 'active', 'its ranking (100) makes it active');
    check(await page.locator('#bundles tr[data-bundle="org.newsradar.itest.fixture"]').count() === 1,
      'it is listed among the classifier bundles');
    await shot(page, 'classifier-uploaded');
  },

  async shadow(page, watchDir, dropFile) {
    await page.goto(base + '/classifiers');
    const standby = '#topics tr[data-bundle="org.newsradar.classifier.datacenter"][data-state="standby"]';
    await page.locator(standby + ' button:has-text("그림자 실행")').click();
    await notice(page, '그림자 실행을 시작했습니다');
    await page.locator('#shadow-report .tally[data-topic="data_center"]').waitFor({ timeout: WAIT });
    await page.evaluate(() => { window.samePage = true; });
    fs.copyFileSync(dropFile, path.join(watchDir, path.basename(dropFile)));
    // the active fixture rejects the new data-center story, the candidate accepts it: one disagreement
    await page.locator('#shadow-report .tally[data-topic="data_center"] table tbody tr').first()
      .waitFor({ timeout: WAIT });
    check(await page.evaluate(() => window.samePage === true), 'the report updated without reloading the page');
    const row = await text(page, '#shadow-report table tbody tr');
    check(row.includes('채택') && row.includes('기각'), 'the disagreement shows both decisions: ' + row);
    await shot(page, 'shadow-report');
    await page.locator(standby + ' button:has-text("승격")').click();
    await notice(page, '승격했습니다');
    check(await page.locator('#topics tr[data-bundle="org.newsradar.classifier.datacenter"][data-state="active"]').count() === 1,
      'the promoted candidate decides data_center');
    check(await page.locator('#topics tr[data-bundle="org.newsradar.itest.fixture"][data-state="standby"]').count() === 1,
      'the uploaded classifier stands by');
    await shot(page, 'promoted');
  },

  async sources(page, pageFile) {
    await page.goto(base + '/sources');
    check(await page.locator('#watches tbody tr').count() === 2, 'the folder and the feed are watched');
    check(await page.locator('#log tr[data-status="read"]').count() >= 6, 'what was read is logged');
    await page.setInputFiles('#page-file', pageFile);
    await page.click('button:has-text("페이지 올려서 읽기")');
    await notice(page, '올린 페이지를 읽기 시작했습니다');
    await page.locator('#log tr[data-status="read"] a:has-text("jeonju-csr.html")').waitFor({ timeout: WAIT });
    await shot(page, 'sources');
  },

  async evaluate(page, gold, docs) {
    await page.goto(base + '/evaluate');
    await page.fill('#gold', gold);
    await page.fill('#docs', docs);
    await page.click('#evaluate-form button[type="submit"]');
    await page.locator('#scores table').waitFor({ timeout: WAIT });
    const row = page.locator('#scores tr[data-topic="csr_event"] td');
    check(await row.count() === 7, 'csr_event has a line of scores');
    check((await row.nth(4).textContent()).trim() === '1', 'the CSR page is a true positive');
    check(await page.locator('#false-positives').count() === 1, 'false positives are listed');
    await shot(page, 'evaluate');
  },
};

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
let status = 0;
let page = null;
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ko-KR' });
  page = await context.newPage();
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  page.on('dialog', d => { problems.push('dialog opened: ' + d.message()); d.dismiss(); });
  check(scenarios[scenario] !== undefined, 'unknown scenario ' + scenario);
  await scenarios[scenario](page, ...args);
  check(problems.length === 0, problems.join('\n'));
  console.log(scenario + ': ok');
} catch (e) {
  console.error(scenario + ': ' + (e && e.stack ? e.stack : e));
  if (page !== null) {
    // what the page showed when the scenario failed
    console.error('at ' + page.url() + ':\n' + (await page.locator('body').innerText().catch(() => '')).slice(0, 1500));
    await shot(page, 'failed-' + scenario).catch(() => {});
  }
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
