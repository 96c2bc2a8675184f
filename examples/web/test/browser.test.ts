// End to end in a real browser: Debian's Chromium, driven by playwright-core, against a live
// Moat server and the built app served by `vite preview`. Screenshots go to test-output/.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMoatClient } from '@moat/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const appDir = resolve(import.meta.dirname, '..');
const screenshots = resolve(appDir, 'test-output');
const moatUrl = inject('moatUrl');

// Without Chromium (`apt-get install chromium`) these tests are skipped, except in CI, where
// they run and fail.
const runBrowserTests = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!runBrowserTests) console.warn(`Browser tests skipped: ${CHROMIUM} is not installed.`);

let browser: Browser;
let app: PreviewServer;
let appUrl: string;

beforeAll(async () => {
  if (!runBrowserTests) return;
  mkdirSync(screenshots, { recursive: true });
  app = await preview({
    root: appDir,
    logLevel: 'silent',
    preview: {
      host: '127.0.0.1',
      port: 0,
      proxy: { '/graphql': { target: new URL(moatUrl).origin, changeOrigin: true } },
    },
  });
  appUrl = app.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// Each test has a page of its own, and ends with nothing logged as an error on it: an uncaught
// exception or a console error fails the test that caused it, with what was logged.
let page: Page;
let errorsLogged: string[];

beforeEach(async () => {
  if (!runBrowserTests) return;
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  errorsLogged = [];
  page.on('pageerror', (error) => errorsLogged.push(`uncaught ${error.stack ?? error}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      errorsLogged.push(`console error at ${message.location().url}: ${message.text()}`);
  });
});

afterEach(async () => {
  if (!runBrowserTests) return;
  await page.close();
  expect(errorsLogged, 'errors logged in the page').toEqual([]);
});

/** What has focus, as assistive technology names it, such as `link "Moat"`. */
async function focused(): Promise<string> {
  const focus = page.locator(':focus');
  if ((await focus.count()) === 0) return 'nothing';
  // The snapshot's first line is the element's role and accessible name, such as `- link "Moat":`.
  const snapshot = await focus.ariaSnapshot();
  return /^- (.*?):?$/m.exec(snapshot)?.[1] ?? snapshot;
}

/** Presses Tab, as a keyboard user moves on, and names what then has focus. */
async function tab(): Promise<string> {
  await page.keyboard.press('Tab');
  return focused();
}

/**
 * A new company with a Series C whose amount two sources disagree on, written through the SDK:
 * a wire story says $250 million, a blog post $270 million (the later claim, which the amount
 * reads as while the dispute lasts).
 */
async function disputeRoundAmount(slug: string, name: string) {
  const moat = createMoatClient({ url: moatUrl, apiKey: inject('moatWriteKey') });
  const cite = async (title: string, excerpt: string) => {
    const { addSource } = await moat.addSource({ input: { title, kind: 'ARTICLE' } });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    return { source: addSource.source.id, excerpt };
  };
  const { createCompany } = await moat.createCompany({ input: { slug, name, kind: 'STARTUP' } });
  if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
  const { recordFundingRound } = await moat.recordFundingRound({
    input: {
      company: slug,
      stage: 'SERIES_C',
      status: 'ANNOUNCED',
      currency: 'USD',
      amount: '250000000',
      citation: await cite(`${name} raises a Series C`, `${name} raised $250 million in a Series C.`),
    },
  });
  if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
    throw new Error(recordFundingRound.message);
  const { updateFundingRound } = await moat.updateFundingRound({
    input: {
      round: recordFundingRound.fundingRound.id,
      amount: '270000000',
      citation: await cite(`Inside ${name}'s Series C`, `The Series C brought ${name} $270 million.`),
    },
  });
  if (updateFundingRound.__typename !== 'UpdateFundingRoundPayload')
    throw new Error(updateFundingRound.message);
}

describe.runIf(runBrowserTests)('the web app in Chromium', () => {
  it('marks a disputed amount and shows what each source claims, with its excerpt', async () => {
    await disputeRoundAmount('inflection-ai', 'Inflection AI');
    await page.goto(`${appUrl}companies/inflection-ai`);
    await page.getByRole('heading', { level: 1, name: 'Inflection AI' }).waitFor();
    const amount = page.locator('.round .amount');
    await amount.locator('.disputed').waitFor();
    expect(await amount.locator('.disputed').textContent()).toBe('disputed');
    await amount.getByText('2 sources disagree').click();
    const claims = amount
      .getByRole('list', { name: 'Claims' })
      .getByRole('listitem')
      .filter({ has: page.locator('.claim-value') });
    expect(await claims.locator('.claim-value').allTextContents()).toEqual(['$270M', '$250M']);
    expect(await claims.locator('.claim-rank').allTextContents()).toEqual(['normal', 'normal']);
    await claims.first().getByText('The Series C brought Inflection AI $270 million.').waitFor();
    expect(await claims.locator('blockquote').allTextContents()).toEqual([
      'The Series C brought Inflection AI $270 million.',
      'Inflection AI raised $250 million in a Series C.',
    ]);
    expect(await claims.locator('cite').allTextContents()).toEqual([
      "Inside Inflection AI's Series C",
      'Inflection AI raises a Series C',
    ]);
    await page.screenshot({ path: resolve(screenshots, 'company-disputed-amount.png'), fullPage: true });
  });

  it('shows a round recorded elsewhere on the open company page, without a reload', async () => {
    const moat = createMoatClient({ url: moatUrl, apiKey: inject('moatWriteKey') });
    const { createCompany } = await moat.createCompany({
      input: { slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP' },
    });
    if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    await page.goto(`${appUrl}companies/mistral-ai`);
    await page.getByRole('heading', { level: 1, name: 'Mistral AI' }).waitFor();
    await page.getByText('No funding rounds recorded.').waitFor();
    // Marks the document, so a reload (which would lose the mark) cannot pass for a live update.
    await page.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));

    const { addSource } = await moat.addSource({ input: { title: 'Mistral AI raises', kind: 'ARTICLE' } });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    const { recordFundingRound } = await moat.recordFundingRound({
      input: {
        company: 'mistral-ai',
        stage: 'SERIES_B',
        status: 'ANNOUNCED',
        currency: 'EUR',
        amount: '600000000',
        citation: { source: addSource.source.id, excerpt: 'Mistral AI raised €600 million.' },
      },
    });
    if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
      throw new Error(recordFundingRound.message);

    await page.locator('.round .amount').getByText('€600M').waitFor({ timeout: 10_000 });
    expect(await page.getByText('No funding rounds recorded.').count()).toBe(0);
    expect(await page.evaluate(() => document.body.getAttribute('data-loaded-once'))).toBe('yes');
    await page.screenshot({ path: resolve(screenshots, 'company-live-round.png'), fullPage: true });
  });

  it('search → OpenAI with its round in negotiation, led by SoftBank, cited → Gary Marcus and his R1 quote', async () => {
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Search Moat' }).waitFor();

    // Typed as a person types; results come once typing pauses. A busy machine can pause the
    // typing too, so the URL may pass through a prefix before it settles on the whole word.
    await page.getByLabel('Companies, people and quotes').pressSequentially('deepseek', { delay: 40 });
    await page.waitForURL((url) => url.search === '?q=deepseek');
    await page.locator('section[aria-busy="false"] .results').waitFor();
    await page.getByRole('link', { name: 'DeepSeek', exact: true }).first().waitFor();
    await page.screenshot({ path: resolve(screenshots, 'search-deepseek.png'), fullPage: true });

    await page.getByRole('link', { name: 'OpenAI', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'OpenAI' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/companies/openai');
    const round = page.locator('.round').first();
    expect(await round.locator('.amount').textContent()).toBe('$40B');
    const badge = round.locator('[data-status]');
    expect(await badge.textContent()).toBe('In negotiation (not final)');
    expect(await badge.evaluate((element) => getComputedStyle(element).borderStyle)).toBe('dashed');
    expect(await round.getByRole('row', { name: /Lead investors/ }).textContent()).toBe(
      'Lead investorsSoftBank Group',
    );
    expect(await round.getByRole('row', { name: /Valuation/ }).textContent()).toBe(
      'Valuation (post-money)$300B',
    );
    await round
      .getByText(
        "SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion",
      )
      .waitFor();
    await page.locator('.timeline svg').first().waitFor();
    await page.screenshot({ path: resolve(screenshots, 'company-openai.png'), fullPage: true });

    await page.getByRole('link', { name: 'Gary Marcus' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Gary Marcus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people/gary-marcus');
    await page
      .getByText(
        '“DeepSeek’s paper on the R1 model is more informative than anything I have seen from OpenAI since GPT-3.”',
      )
      .waitFor();
    expect(await page.getByRole('region', { name: 'Roles' }).getByRole('listitem').textContent()).toBe(
      'Professor, New York University',
    );
    await page.screenshot({ path: resolve(screenshots, 'person-gary-marcus.png'), fullPage: true });
  });

  it('has its own URL for every page, and says when a slug is unknown', async () => {
    await page.goto(`${appUrl}people/sam-altman`);
    await page.getByRole('heading', { level: 1, name: 'Sam Altman' }).waitFor();
    await page.goto(`${appUrl}companies/no-such-company`);
    await page.getByText('No company has the slug “no-such-company”.').waitFor();
    await page.goto(`${appUrl}?q=zzzzqqq`);
    await page.getByText('Nothing matches “zzzzqqq”.').waitFor();
  });

  it('says when Moat cannot be reached, and tries again on request', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${appUrl}companies/deepseek`);
    const alert = page.getByRole('alert');
    await alert.getByText('Moat cannot be reached right now. Is the server running?').waitFor();
    await page.screenshot({ path: resolve(screenshots, 'error-unreachable.png') });
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'DeepSeek' }).waitFor();
    // Chromium itself logs each refused request: the first try and the client's two retries.
    const refused = `console error at ${appUrl}graphql: Failed to load resource: net::ERR_CONNECTION_REFUSED`;
    expect(errorsLogged.splice(0)).toEqual([refused, refused, refused]);
  });

  it('is usable from the keyboard alone: skip link, search, results and links, in reading order', async () => {
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Search Moat' }).waitFor();
    expect(await tab()).toBe('link "Skip to content"');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('main');
    expect(await tab()).toBe('searchbox "Companies, people and quotes"');
    await page.keyboard.type('sam altman');
    await page.waitForURL((url) => url.searchParams.get('q') === 'sam altman');
    await page.locator('section[aria-busy="false"] .results').waitFor();
    await page.getByRole('link', { name: 'Sam Altman', exact: true }).first().waitFor();
    expect(await tab()).toBe('link "Sam Altman"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sam Altman' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people/sam-altman');

    // A new page takes focus to its content, and Tab goes on from there.
    expect(await focused()).toBe('main');
    expect(await tab()).toBe('link "OpenAI"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'OpenAI' }).waitFor();
    await page.locator('.timeline svg').first().waitFor();
    expect(await focused()).toBe('main');
    expect(await tab()).toBe('link "Sam Altman"');
    // The chart takes no Tab stop: the round's lead investor comes next.
    expect(await tab()).toBe('link "SoftBank Group"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'SoftBank Group' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/companies/softbank-group');
  });
});

describe.runIf(runBrowserTests)('GraphiQL in Chromium', () => {
  it('opens at /graphql, runs its default query and shows OpenAI in the result pane', async () => {
    await page.goto(moatUrl);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"OpenAI"').waitFor();
    expect(await result.textContent()).toContain('"IN_NEGOTIATION"');
    await page.screenshot({ path: resolve(screenshots, 'graphiql.png') });
  });
});
