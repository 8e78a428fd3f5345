import { renderApiIssue } from '@shangan/contract';
import {
  assessAffordability,
  DEFAULT_SAFETY_MARGIN_SHARE,
  defaultSafetyMargin,
  EXPENSE_LABELS,
  formatMoney,
} from '@shangan/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import {
  type BudgetDraft,
  budgetToSave,
  draftFromBudget,
  fieldOfIssue,
  newIncome,
  newIrregularCost,
  newPriorityDebt,
  readDraft,
} from './budget-draft';
import { CapacityPreview } from './capacity-preview';
import { ExpenseFields } from './expense-fields';
import { fieldName } from './field-names';
import { IncomeFields } from './income-fields';
import { IrregularCostFields } from './irregular-cost-fields';
import { budgetMessages } from './messages';
import { PriorityDebtFields } from './priority-debt-fields';
import { TextField } from './text-field';
import './budget.css';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: ApiFailure | Error };

/**
 * The household budget: income, essential expenses, irregular costs, priority debts, dependants,
 * lump sum, safety margin. The
 * capacity is recomputed while typing with the same core function the server uses; saving PUTs the
 * case file and keeps every typed value if the server refuses it.
 */
export default function BudgetScreen() {
  // A fresh form for each case (an advisor switching clients never sees another person's figures).
  return <BudgetForm key={useCurrentCase().caseId} />;
}

function BudgetForm() {
  const text = useMessages(budgetMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const [draft, setDraft] = useState<BudgetDraft>(() => draftFromBudget(current.caseFile?.budget));
  // An error shows once the field is left or a save is tried, not at the first keystroke of "1.2万".
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);

  const read = useMemo(() => readDraft(draft), [draft]);
  const capacity = useMemo(() => assessAffordability(read.budget), [read]);
  const errorCount = Object.keys(read.errors).length;
  const expenseLabels = EXPENSE_LABELS[locale];

  const errorFor = (key: string): string | undefined => {
    const problem = read.errors[key];
    const name = fieldName(key, text, expenseLabels);
    if (problem !== undefined && (showAll || touched.has(key))) return text.fieldError(name, problem);
    const server = serverErrors[key];
    return server === undefined ? undefined : text.serverError(name, server);
  };
  const markTouched = (key: string) => setTouched((previous) => new Set(previous).add(key));
  const change = (next: BudgetDraft, changedKey: string) => {
    setDraft(next);
    setDirty(true);
    setSaveState({ kind: 'idle' });
    setServerErrors((previous) =>
      Object.fromEntries(Object.entries(previous).filter(([key]) => !key.startsWith(changedKey))),
    );
  };

  const focusFirstError = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const caseFile = current.caseFile;
    if (caseFile === undefined) return;
    setShowAll(true);
    if (errorCount > 0) {
      setSaveState({ kind: 'invalid', count: errorCount });
      focusFirstError();
      return;
    }
    setSaveState({ kind: 'saving' });
    const toSave = read.budget === undefined ? undefined : budgetToSave(draft, read.budget);
    try {
      await current.save((stored) => {
        const { budget: _previous, ...rest } = stored;
        return toSave === undefined ? rest : { ...rest, budget: toSave.input };
      });
      setDirty(false);
      setServerErrors({});
      setSaveState({ kind: 'saved' });
    } catch (error) {
      if (!(error instanceof ApiFailure)) {
        setSaveState({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
        return;
      }
      const onFields: Record<string, string> = {};
      const elsewhere = error.issues.filter((issue) => {
        const field = fieldOfIssue(
          issue.path,
          toSave?.rows ?? { incomes: [], irregularCosts: [], priorityDebts: [] },
        );
        if (field !== undefined) onFields[field] = renderApiIssue(issue, locale);
        return field === undefined;
      });
      setServerErrors(onFields);
      setSaveState({
        kind: 'failed',
        error:
          elsewhere.length === 0 && error.issues.length > 0
            ? new Error(text.serverRefused)
            : new ApiFailure(error.status, error.code, error.message, elsewhere),
      });
      focusFirstError();
    }
  };

  const share = Math.round(DEFAULT_SAFETY_MARGIN_SHARE * 100);
  return (
    <div class="budget">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <div class="budget-layout">
        <form ref={form} onSubmit={onSubmit} noValidate>
          <IncomeFields
            incomes={draft.incomes}
            errorFor={errorFor}
            onBlur={markTouched}
            onChange={(incomes, key) => change({ ...draft, incomes }, key)}
            onAdd={() => change({ ...draft, incomes: [...draft.incomes, newIncome()] }, 'incomes')}
          />
          <ExpenseFields
            expenses={draft.expenses}
            errorFor={errorFor}
            onBlur={markTouched}
            onChange={(category, value) =>
              change({ ...draft, expenses: { ...draft.expenses, [category]: value } }, `expenses.${category}`)
            }
          />
          <IrregularCostFields
            costs={draft.irregularCosts}
            errorFor={errorFor}
            onBlur={markTouched}
            onChange={(irregularCosts, key) => change({ ...draft, irregularCosts }, key)}
            onAdd={() =>
              change(
                { ...draft, irregularCosts: [...draft.irregularCosts, newIrregularCost()] },
                'irregularCosts',
              )
            }
          />
          <PriorityDebtFields
            debts={draft.priorityDebts}
            errorFor={errorFor}
            onBlur={markTouched}
            onChange={(priorityDebts, key) => change({ ...draft, priorityDebts }, key)}
            onAdd={() =>
              change(
                { ...draft, priorityDebts: [...draft.priorityDebts, newPriorityDebt()] },
                'priorityDebts',
              )
            }
          />
          <fieldset class="card">
            <legend>
              <h2>{text.householdTitle}</h2>
            </legend>
            <div class="budget-rows">
              <TextField
                label={text.dependents}
                hint={text.dependentsHint}
                error={errorFor('dependents')}
                value={draft.dependents}
                inputMode="numeric"
                onInput={(dependents) => change({ ...draft, dependents }, 'dependents')}
                onBlur={() => markTouched('dependents')}
              />
              <TextField
                label={text.lumpSum}
                hint={text.lumpSumHint}
                error={errorFor('lumpSum')}
                value={draft.lumpSum}
                inputMode="decimal"
                onInput={(lumpSum) => change({ ...draft, lumpSum }, 'lumpSum')}
                onBlur={() => markTouched('lumpSum')}
              />
              <TextField
                label={text.safetyMargin}
                hint={text.safetyMarginHint(
                  share,
                  formatMoney(defaultSafetyMargin(capacity.monthlyIncome), locale),
                )}
                error={errorFor('safetyMargin')}
                value={draft.safetyMargin}
                inputMode="decimal"
                onInput={(safetyMargin) => change({ ...draft, safetyMargin }, 'safetyMargin')}
                onBlur={() => markTouched('safetyMargin')}
              />
            </div>
          </fieldset>
          <div class="budget-save">
            <div class="actions">
              <button type="submit" class="button" disabled={saveState.kind === 'saving'}>
                {text.save}
              </button>
            </div>
            <SaveStatus state={saveState} dirty={dirty} />
          </div>
        </form>
        <CapacityPreview capacity={capacity} budget={read.budget} errorCount={errorCount} />
      </div>
      <p class="budget-sticky" aria-hidden="true">
        {text.stickyLabel} <strong>{formatMoney(capacity.monthly, locale)}</strong>
      </p>
    </div>
  );
}

function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const text = useMessages(budgetMessages);
  switch (state.kind) {
    case 'saving':
      return <Loading label={text.saving} />;
    case 'saved':
      return (
        <p class="notice notice-ok" role="status">
          {text.saved}
        </p>
      );
    case 'invalid':
      return (
        <p class="notice notice-error" role="alert">
          {text.fixFirst(state.count)}
        </p>
      );
    case 'failed':
      return <ErrorNotice error={state.error} />;
    case 'idle':
      return dirty ? <p class="muted">{text.unsaved}</p> : null;
  }
}
