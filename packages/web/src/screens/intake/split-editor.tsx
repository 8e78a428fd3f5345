import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { SPLIT_PARTS, type SplitDraft } from './debt-draft';
import { intakeMessages } from './messages';

/**
 * The parts of the balance a card statement lists (本金 / 利息 / 违约金 / 分期手续费 / 年费 / 其他):
 * one money field each, any of them may stay empty.
 */
export function SplitEditor({
  split,
  labelledBy,
  describedBy,
  onChange,
}: {
  split: SplitDraft;
  labelledBy: string;
  describedBy: string | undefined;
  onChange: (split: SplitDraft) => void;
}) {
  const text = useMessages(intakeMessages);
  const id = useId();
  return (
    <fieldset class="intake-list intake-split" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {SPLIT_PARTS.map((part) => (
        <div class="field" key={part}>
          <label for={`${id}-${part}`}>{text.splitAmount(text.splitParts[part])}</label>
          <input
            id={`${id}-${part}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={split[part]}
            onInput={(event) => onChange({ ...split, [part]: event.currentTarget.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
