import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLprTable, parseCaseFileText, planCaseFile, renderDocument, renderHtml } from '@shangan/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** A case file's text as the front ends parse it before any use-case runs. */
function caseFileOf(text: string) {
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

// Debian's Chromium, not a browser download: this machine reaches no site but the package registries.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(import.meta.dirname, '..', 'test-artifacts', 'documents');

const SAMPLE = `# 协商还款申请书

尊敬的**某某银行信用卡中心**：
本人张某，身份证号 110101********1234，于 2021 年 3 月申领贵行信用卡一张。
因 2024 年 6 月起失业，目前无力按原约定全额还款，特申请协商分期。

## 一、我目前的情况

- [x] 已准备身份证复印件
- [x] 已准备失业证明
- [ ] 医院诊断证明（如适用）

> **注意**：请只向银行官方账户还款，不要转账到任何个人账户。

## 二、欠款明细

| 项目 | 金额（元） | 说明 |
| --- | --- | --- |
| 本金 | 28,500.00 | 截至 2025 年 1 月 31 日 |
| 利息 | 3,120.45 | 按合同约定 |
| 违约金 | 1,200.00 | 申请减免 |

1. 停止计收罚息和违约金；
2. 剩余本金分 **48 期**偿还，每期约 600 元。

---

此致
敬礼

申请人：张某
2025 年 2 月 1 日
`;

async function withPage(html: string, check: (page: Page) => Promise<void>): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium fonts-noto-cjk\` first.`);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    // A4 width at 96 dpi, so the screenshot shows the page as printed.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    await check(page);
    // The document asks for nothing from any site.
    expect(requests).toEqual([]);
  } finally {
    await browser.close();
  }
}

/** Prints the page to an A4 PDF and a full-page screenshot, checks the PDF, keeps both. */
async function printAndKeep(page: Page, name: string): Promise<void> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(new TextDecoder().decode(pdf.subarray(0, 4))).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(10 * 1024);
  const png = await page.screenshot({ fullPage: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  writeFileSync(join(ARTIFACTS, `${name}.png`), png);
}

describe('a document printed by Chromium', () => {
  it('renders the HTML to an A4 PDF and a screenshot, with Chinese text', async () => {
    const html = renderHtml(SAMPLE, { title: '协商还款申请书' });
    await withPage(html, async (page) => {
      expect(await page.title()).toBe('协商还款申请书');
      expect(await page.locator('h1').textContent()).toBe('协商还款申请书');
      await printAndKeep(page, 'sample-letter');
    });
  }, 60_000);

  it('prints a real letter: the negotiation letter for the first debt of five-loans-80k', async () => {
    const text = readFileSync(resolve(import.meta.dirname, '..', 'examples', 'five-loans-80k.json'), 'utf8');
    const planned = planCaseFile({ caseFile: caseFileOf(text), lpr: createLprTable() });
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { caseFile, analysis, plan } = planned.value;
    const debt = caseFile.debts[0];
    if (!debt) throw new Error('five-loans-80k has no debts');
    const document = await renderDocument(
      { caseFile, analysis, plan, debtId: debt.id },
      'negotiation',
      'html',
    );
    expect(document.contentType).toBe('text/html; charset=utf-8');
    await withPage(document.body as string, async (page) => {
      expect(await page.title()).toBe('协商还款申请书');
      expect(await page.locator('h1').textContent()).toBe('协商还款申请书');
      // The figures reach the page as text: the lender, the supported amount, the offer's table.
      const body = ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(body).toContain(debt.lender);
      expect(body).toContain('10,123.30 元');
      // The letter the lender receives identifies the person in full (issue 10).
      expect(body).toContain('13812345678');
      expect(body).toContain('110101199001011234');
      expect(await page.locator('table').count()).toBeGreaterThan(0);
      await printAndKeep(page, 'five-loans-negotiation');
    });
  }, 60_000);
});
