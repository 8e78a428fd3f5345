import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from './app-page.js';

/**
 * The screens' own message catalogs and the interview content, so the page models find controls by
 * the very words the app shows: a change of wording cannot break the tests. Catalogs are loaded by
 * path at run time, because the web package is type-checked on its own (DOM, JSX), not by the root
 * tsconfig that checks e2e; each page model declares the subset of texts it uses.
 */
const WEB_SRC = new URL('../../packages/web/src/', import.meta.url);

/** One exported catalog (`{ zh, en }`) of a web source file, e.g. `screens/plan/messages.ts`. */
export async function loadCatalog<T>(path: string, name: string): Promise<Record<Locale, T>> {
  const module = (await import(fileURLToPath(new URL(path, WEB_SRC)))) as Record<
    string,
    Record<Locale, T> | undefined
  >;
  const catalog = module[name];
  if (catalog === undefined) throw new Error(`packages/web/src/${path} exports no ${name}`);
  return catalog;
}

export type Bilingual = Record<Locale, string>;

/** One question of content/interview/debt-questions.json, as far as the e2e reads it. */
export interface InterviewQuestion {
  id: string;
  kind:
    | 'text'
    | 'choice'
    | 'date'
    | 'money'
    | 'integer'
    | 'rate'
    | 'fees'
    | 'payments'
    | 'split'
    | 'events'
    | 'offers';
  required: boolean;
  /** The screen's h1, and the label of its control. */
  text: Bilingual;
  options?: { value: string; label: Bilingual }[];
}

const INTERVIEW = fileURLToPath(new URL('../../content/interview/debt-questions.json', import.meta.url));

export const DEBT_QUESTIONS: readonly InterviewQuestion[] = (
  JSON.parse(readFileSync(INTERVIEW, 'utf8')) as { questions: InterviewQuestion[] }
).questions;

export function interviewQuestion(id: string): InterviewQuestion {
  const question = DEBT_QUESTIONS.find((item) => item.id === id);
  if (question === undefined)
    throw new Error(`content/interview/debt-questions.json has no question "${id}"`);
  return question;
}

/** The label of a choice question's option, e.g. lenderType `microloan` → "网络小贷 / 小额贷款公司". */
export function optionLabel(questionId: string, value: string, locale: Locale): string {
  const option = interviewQuestion(questionId).options?.find((item) => item.value === value);
  if (option === undefined) throw new Error(`question "${questionId}" has no option "${value}"`);
  return option.label[locale];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `^text$`: a heading or name that is exactly this text, not one that merely contains it. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

/**
 * A name made of visible text and a visually hidden part ("通话助手" + "：某银行"): exactly these
 * parts, in order, with or without the space an accessible-name computation may put between them.
 */
export function joined(...parts: string[]): RegExp {
  return new RegExp(`^${parts.map(escapeRegExp).join('\\s*')}$`);
}
