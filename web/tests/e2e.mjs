// The browser test: drives Debian's headless chromium against a running `dateline serve`
// (crates/cli/tests/browser.rs starts it on a store built from examples/ and one crafted
// article). Every check throws on failure; screenshots go to OUT_DIR.
//   node tests/e2e.mjs BASE_URL OUT_DIR SEARCH CRAFTED_SEARCH
// SEARCH finds example articles with events; CRAFTED_SEARCH finds the crafted article,
// whose text holds markup and non-ASCII text.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [baseUrl, outDir, search, craftedSearch] = process.argv.slice(2);
if (!craftedSearch) {
  console.error('usage: node tests/e2e.mjs BASE_URL OUT_DIR SEARCH CRAFTED_SEARCH');
  process.exit(2);
}
await mkdir(outDir, { recursive: true });
const userDataDir = await mkdtemp(join(tmpdir(), 'dateline-chromium-'));
// Without the background-networking flags chromium waits on a network that is not there.
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1500, height: 1000 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const pageErrors = [];

try {
  const page = await openPage(baseUrl);
  await searchFor(page, search);
  await checkHits(page);
  await checkCharts(page);
  await page.screenshot({ path: join(outDir, 'search.png') });
  await checkFacetAndBrush(page);
  await checkMapList(page);
  await checkQuotes(page);
  await checkArticle(page);
  await page.screenshot({ path: join(outDir, 'article.png') });
  await checkSharedUrl(page);
  await checkCraftedArticle(page, craftedSearch);
  await page.screenshot({ path: join(outDir, 'crafted-article.png') });
  assert.deepEqual(pageErrors, [], 'the page threw no errors');
  console.log('browser test passed');
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}

async function openPage(url) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await settled(page);
  return page;
}

/** Waits until the page has no request in flight and shows no error. */
async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.pending === '0');
  const status = await page.locator('#status').textContent();
  assert.equal(status, '', `the page shows no error (it shows: ${status})`);
}

async function searchFor(page, words) {
  await page.fill('#filter-q', words);
  await page.press('#filter-q', 'Enter');
  await settled(page);
}

async function checkHits(page) {
  const hits = await page.locator('.hit').count();
  assert.ok(hits > 0, 'the search has hits');
  assert.match(await page.locator('#hit-count').textContent(), /^\d+ articles?$/);
  assert.ok((await page.locator('.snippet mark').count()) > 0, 'snippets mark the words searched');
  assert.ok((await page.locator('.facet-key').count()) > 0, 'facets are listed');
}

async function checkCharts(page) {
  const timelineMarks = Number(await page.getAttribute('#timeline-chart', 'data-marks'));
  assert.ok(timelineMarks > 0, 'the timeline has buckets with events');
  assert.ok(await inkedCanvas(page, '#timeline-chart canvas'), 'the timeline is drawn');
  const markers = await page.locator('#map .place-marker, #map .place-cluster').count();
  assert.ok(markers > 0, 'the map shows places');
  assert.ok((await page.locator('#map svg path').count()) > 100, 'the map draws the countries');
  const edges = Number(await page.getAttribute('#network', 'data-edges'));
  const nodes = Number(await page.getAttribute('#network', 'data-nodes'));
  assert.ok(edges > 0 && nodes > 1, `the network has edges (${edges}) and nodes (${nodes})`);
  assert.ok(await inkedCanvas(page, '#network canvas'), 'the network is drawn');
  console.log(`timeline buckets ${timelineMarks}, map markers ${markers}, network ${nodes} nodes ${edges} edges`);
  await checkEdgeClick(page);
}

/** Clicking the network's busiest edge lists exactly the events the edge counts. */
async function checkEdgeClick(page) {
  const network = page.locator('#network');
  const box = await network.boundingBox();
  const at = (name) => network.getAttribute(`data-busiest-edge-${name}`).then(Number);
  const [x, y, events] = [await at('x'), await at('y'), await at('events')];
  await page.mouse.click(box.x + x, box.y + y);
  const heading = page.locator('#event-list h3');
  await heading.waitFor();
  assert.match(await heading.textContent(), new RegExp(`^Events \\S+ → \\S+: ${events}×?$`), 'the list counts what the edge counts');
  assert.equal(await page.locator('#event-list li.event').count(), Math.min(events, 100), 'the list shows the edge\'s events');
}

/** Whether any canvas matching `selector` has a painted pixel. */
function inkedCanvas(page, selector) {
  return page.evaluate((selector) => {
    for (const canvas of document.querySelectorAll(selector)) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    }
    return false;
  }, selector);
}

async function checkFacetAndBrush(page) {
  const facet = page.locator('.facet[data-facet="actor"] .facet-key').first();
  const key = await facet.locator('span').first().textContent();
  await facet.click();
  await settled(page);
  assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('actor'), key, 'a facet sets its filter in the address');
  assert.equal(await page.inputValue('#filter-actor'), key);
  await page.goBack();
  await settled(page);
  assert.equal(await page.inputValue('#filter-actor'), '', 'going back restores the state');

  const over = await page.locator('#timeline-chart .u-over').boundingBox();
  await page.mouse.move(over.x + over.width * 0.1, over.y + over.height / 2);
  await page.mouse.down();
  await page.mouse.move(over.x + over.width * 0.9, over.y + over.height / 2, { steps: 5 });
  await page.mouse.up();
  await settled(page);
  const state = new URLSearchParams(new URL(page.url()).hash.slice(1));
  assert.match(state.get('from') ?? '', /^\d{4}-\d{2}-\d{2}$/, 'brushing the timeline sets from');
  assert.match(state.get('to') ?? '', /^\d{4}-\d{2}-\d{2}$/, 'brushing the timeline sets to');
  assert.equal(await page.inputValue('#filter-from'), state.get('from'));
  await page.goBack();
  await settled(page);
}

async function checkMapList(page) {
  await page.locator('#map .place-marker').first().click();
  await settled(page);
  const events = await page.locator('#event-list .event').count();
  assert.ok(events > 0, 'clicking a place lists its events');
  await page.locator('#event-list .event button').first().click();
  await settled(page);
  assert.ok(await page.locator('#article').isVisible(), "an event opens its article");
  assert.ok((await page.locator('#article-text .hl-event.focused').count()) > 0, 'at its evidence');
  await page.goBack();
  await settled(page);
  assert.ok(!(await page.locator('#article').isVisible()), 'going back closes it');
}

async function checkQuotes(page) {
  assert.ok((await page.locator('#quotes .speaker').count()) > 1, 'quotes are grouped by speaker');
  await page.locator('#quotes button.quote').first().click();
  await settled(page);
  assert.ok((await page.locator('#article-text .hl-quote.focused').count()) > 0, 'a quote opens its article at the quotation');
  await page.goBack();
  await settled(page);
}

async function checkArticle(page) {
  await page.locator('.hit-title').first().click();
  await settled(page);
  assert.ok(await page.locator('#article').isVisible(), 'a hit opens its article');
  for (const kind of ['entity', 'quote', 'date', 'place']) {
    assert.ok((await page.locator(`#article-text .hl-${kind}`).count()) > 0, `the article highlights ${kind} spans`);
  }
  const items = page.locator('#article-panel .panel-item');
  assert.ok((await items.count()) > 3, 'the side panel lists the spans');
  // The last item's span is furthest down the text: clicking it must scroll.
  await items.last().click();
  await settled(page);
  const focused = page.locator('#article-text .focused').first();
  assert.ok(await inView(page, focused), 'the clicked span is scrolled into view');
}

/** Whether an element lies inside the scrolled article text's visible box. */
async function inView(page, locator) {
  const box = await locator.boundingBox();
  const frame = await page.locator('#article-text').boundingBox();
  return box !== null && box.y >= frame.y && box.y + box.height <= frame.y + frame.height;
}

async function checkSharedUrl(page) {
  const url = page.url();
  const snapshot = async (p) => ({
    q: await p.inputValue('#filter-q'),
    hits: await p.locator('#hit-count').textContent(),
    title: await p.locator('#article-title').textContent(),
    focused: await p.locator('#article-text .focused').allTextContents(),
    marks: await p.getAttribute('#timeline-chart', 'data-marks'),
    edges: await p.getAttribute('#network', 'data-edges'),
  });
  const before = await snapshot(page);
  const shared = await openPage(url);
  assert.deepEqual(await snapshot(shared), before, 'a shared URL opens the same state');
  assert.ok(await inView(shared, shared.locator('#article-text .focused').first()), 'and scrolls to the same span');
  await shared.close();
}

async function checkCraftedArticle(page, words) {
  await page.evaluate(() => (location.hash = ''));
  await settled(page);
  await searchFor(page, words);
  const hit = page.locator('.hit').first();
  assert.ok((await hit.locator('.hit-title').textContent()).includes('<script>'), 'a script tag in a title shows as text');
  await hit.locator('.hit-title').click();
  await settled(page);
  const text = await page.locator('#article-text').textContent();
  assert.ok(text.includes('<script>'), 'a script tag in the text shows as text');
  assert.equal(await page.locator('#article script, #hits script, #article img, #hits img').count(), 0, 'no markup from the text reaches the page');
  assert.equal(await page.evaluate(() => window.datelineInjected), undefined, 'no script from the text ran');
  // Each entity, date and place span covers exactly its text, past multi-byte characters.
  const items = page.locator('#article-panel .panel-item[data-kind="entity"], #article-panel .panel-item[data-kind="date"], #article-panel .panel-item[data-kind="place"]');
  const count = await items.count();
  assert.ok(count > 2, 'the crafted article has entities, dates and places');
  let nonAscii = 0;
  for (let i = 0; i < count; i++) {
    const label = await items.nth(i).textContent();
    await items.nth(i).click();
    const focused = (await page.locator('#article-text .focused').allTextContents()).join('');
    assert.equal(focused, label, 'a highlighted span is the annotated text');
    if (/[^\x00-\x7f]/.test(label)) nonAscii += 1;
  }
  assert.ok(nonAscii > 0, 'some annotated text is not ASCII');
}
