import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { planMessages } from './messages';
import { type Direction, moveDebt } from './move-debt';

export type OrderSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: Error };

interface CustomOrderProps {
  /** Every debt id, in the order shown: the first is paid first. */
  order: readonly string[];
  lenderOf: (debtId: string) => string;
  /** True when `order` is not the one stored yet. */
  changed: boolean;
  state: OrderSaveState;
  onChange: (order: string[]) => void;
  onSave: () => void;
  onReset: () => void;
}

/**
 * The custom strategy's creditor order as a list with a move-up and a move-down button on every
 * row: no dragging, so it works with a keyboard, a screen reader and a thumb alike. The focus
 * stays with the moved creditor, and its new place is announced.
 */
export function CustomOrder({
  order,
  lenderOf,
  changed,
  state,
  onChange,
  onSave,
  onReset,
}: CustomOrderProps) {
  const text = useMessages(planMessages);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    if (focusAfterMove === null) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-debt="${CSS.escape(focusAfterMove.id)}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${focusAfterMove.direction}"]`);
    // At the top or the bottom the same button is disabled: the other one keeps the focus in the row.
    const other = row?.querySelector<HTMLButtonElement>(
      `[data-move="${focusAfterMove.direction === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = (index: number, direction: Direction) => {
    const id = order[index];
    if (id === undefined) return;
    const next = moveDebt(order, index, direction);
    onChange(next);
    setAnnouncement(text.orderMoved(lenderOf(id), next.indexOf(id) + 1, next.length));
    setFocusAfterMove({ id, direction });
  };

  return (
    <section class="card" aria-labelledby="plan-order">
      <h2 id="plan-order">{text.orderHeading}</h2>
      <p class="muted">{text.orderIntro}</p>
      <ol class="plan-order" ref={list}>
        {order.map((id, index) => (
          <li key={id} data-debt={id}>
            {/* The list itself tells a screen reader the place; the number is for the eye. */}
            <span class="plan-order-place" aria-hidden="true">
              {index + 1}
            </span>
            <span class="plan-order-name">{lenderOf(id)}</span>
            <span class="plan-order-moves">
              <button
                type="button"
                class="button button-secondary"
                data-move="up"
                aria-label={text.moveUp(lenderOf(id))}
                disabled={index === 0}
                onClick={() => move(index, 'up')}
              >
                {text.moveUpShort}
              </button>
              <button
                type="button"
                class="button button-secondary"
                data-move="down"
                aria-label={text.moveDown(lenderOf(id))}
                disabled={index === order.length - 1}
                onClick={() => move(index, 'down')}
              >
                {text.moveDownShort}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {changed && <p class="notice notice-warn">{text.orderUnsaved}</p>}
      <div class="actions">
        <button type="button" class="button" disabled={!changed || state.kind === 'saving'} onClick={onSave}>
          {text.orderSave}
        </button>
        <button type="button" class="button button-secondary" disabled={!changed} onClick={onReset}>
          {text.orderReset}
        </button>
      </div>
      {state.kind === 'saving' && <Loading label={text.orderSaving} />}
      {state.kind === 'saved' && !changed && (
        <p class="notice notice-ok" role="status">
          {text.orderSaved}
        </p>
      )}
      {state.kind === 'failed' && <ErrorNotice error={state.error} />}
    </section>
  );
}
