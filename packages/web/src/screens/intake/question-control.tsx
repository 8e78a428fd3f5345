import { useMessages } from '../../i18n/messages';
import { AnswerChoice, AnswerInput, type ControlIds } from './answer-control';
import type {
  AnswerField,
  DebtDraft,
  EventDraft,
  FeeDraft,
  OfferDraft,
  PaymentDraft,
  SplitDraft,
} from './debt-draft';
import { type EventKind, offeredEventKinds } from './event-kinds';
import { ListEditor } from './list-editor';
import { intakeMessages } from './messages';
import { PaymentsShortcut } from './payments-shortcut';
import type { Question } from './question-data';
import { SplitEditor } from './split-editor';

const BLANK_FEE: FeeDraft = { name: '', amount: '', when: '' };
const BLANK_PAYMENT: PaymentDraft = { date: '', amount: '' };
const BLANK_EVENT: EventDraft = { date: '', kind: '', note: '' };
const BLANK_OFFER: OfferDraft = { date: '', periods: '', monthly: '', total: '' };

export type AnswerValue = string | FeeDraft[] | PaymentDraft[] | EventDraft[] | OfferDraft[] | SplitDraft;

/** The control a question's kind calls for: one input, a choice, a list of rows or the claim's split. */
export function QuestionControl({
  question,
  draft,
  asOf,
  ids,
  onChange,
}: {
  question: Question;
  draft: DebtDraft;
  asOf: string;
  ids: ControlIds;
  onChange: (value: AnswerValue) => void;
}) {
  const text = useMessages(intakeMessages);
  const list = { labelledBy: ids.heading, describedBy: ids.describedBy };
  switch (question.kind) {
    case 'choice':
      return (
        <AnswerChoice
          question={question}
          draft={draft}
          value={draft[question.id as AnswerField]}
          ids={ids}
          onChange={onChange}
        />
      );
    case 'fees':
      return (
        <ListEditor<FeeDraft>
          {...list}
          rows={draft.fees}
          blank={BLANK_FEE}
          columns={[
            { key: 'name', label: text.feeName, kind: 'text' },
            { key: 'amount', label: text.feeAmount, kind: 'money' },
            {
              key: 'when',
              label: text.feeWhen,
              kind: 'select',
              options: [
                { value: 'upfront', label: text.whenUpfront },
                { value: 'per_period', label: text.whenPerPeriod },
              ],
              otherLabel: text.whenDated,
            },
          ]}
          itemName={text.feeItem}
          addLabel={text.addFee}
          removeLabel={text.removeFee}
          onChange={onChange}
        />
      );
    case 'payments': {
      // A card without a plan has no instalments to fill in at once: only its last payments.
      const field = question.id === 'cardPayments' ? 'cardPayments' : 'payments';
      return (
        <>
          {field === 'payments' && <PaymentsShortcut draft={draft} asOf={asOf} onFill={onChange} />}
          <ListEditor<PaymentDraft>
            {...list}
            rows={draft[field]}
            blank={BLANK_PAYMENT}
            columns={[
              { key: 'date', label: text.paymentDate, kind: 'date' },
              { key: 'amount', label: text.paymentAmount, kind: 'money' },
            ]}
            itemName={text.paymentItem}
            addLabel={text.addPayment}
            removeLabel={text.removePayment}
            onChange={onChange}
          />
        </>
      );
    }
    case 'events':
      return (
        <ListEditor<EventDraft>
          {...list}
          rows={draft.limitationEvents}
          blank={BLANK_EVENT}
          columns={[
            { key: 'date', label: text.eventDate, kind: 'date' },
            {
              key: 'kind',
              label: text.eventKind,
              kind: 'select',
              options: offeredEventKinds(draft.lenderType).map((kind) => ({
                value: kind,
                label: text.eventKinds[kind],
              })),
              otherLabel: (kind) => text.eventKinds[kind as EventKind] ?? kind,
            },
            { key: 'note', label: text.eventNote, kind: 'text' },
          ]}
          itemName={text.eventItem}
          addLabel={text.addEvent}
          removeLabel={text.removeEvent}
          onChange={onChange}
        />
      );
    case 'offers':
      return (
        <ListEditor<OfferDraft>
          {...list}
          rows={draft.cardOffers}
          blank={BLANK_OFFER}
          columns={[
            { key: 'date', label: text.offerDate, kind: 'date' },
            { key: 'periods', label: text.offerPeriods, kind: 'integer' },
            { key: 'monthly', label: text.offerMonthly, kind: 'money' },
            { key: 'total', label: text.offerTotal, kind: 'money' },
          ]}
          itemName={text.offerItem}
          addLabel={text.addOffer}
          removeLabel={text.removeOffer}
          onChange={onChange}
        />
      );
    case 'split':
      return <SplitEditor {...list} split={draft.cardSplit} onChange={onChange} />;
    default:
      return (
        <AnswerInput
          question={question}
          draft={draft}
          value={draft[question.id as AnswerField]}
          ids={ids}
          onChange={onChange}
        />
      );
  }
}
