import { api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { AgreementForm } from './agreement-form';
import { AgreementList } from './agreement-list';
import { agreementMessages } from './agreement-messages';
import type { CaseDebt } from './case-api';
import { boardMessages } from './messages';
import { PaymentSection } from './payment-section';

/** `#/negotiate/<debt>/agreement`: the written agreement's instalments, recorded and ticked off. */
export function AgreementPage({ debt }: { debt: CaseDebt }) {
  const text = useMessages(agreementMessages);
  const board = useMessages(boardMessages);
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  // Recording an agreement or a payment changes the case file (ADR 0028): read it again, which
  // also reloads the agreements (they follow current.version).
  const changed = () => void current.refresh().catch(() => agreements.reload());
  const agreements = useResource(
    () => expectOk(api.cases[':caseId'].agreements.$get({ param: { caseId } })),
    [caseId, current.version],
  );

  return (
    <div class="negotiate">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{board.backToBoard}</a>
      </p>
      <h1>{text.title(debt.lender)}</h1>
      <p>{text.intro}</p>
      {/* The recorded agreement first: once there is one, ticking off instalments is the usual visit. */}
      {agreements.error !== undefined && <ErrorNotice error={agreements.error} onRetry={agreements.reload} />}
      {agreements.data === undefined ? (
        agreements.loading && <Loading />
      ) : (
        <AgreementList
          agreements={agreements.data.agreements.filter((agreement) => agreement.debtId === debt.id)}
          caseId={caseId}
          onChanged={changed}
        />
      )}
      <PaymentSection debt={debt} />
      <AgreementForm caseId={caseId} debtId={debt.id} onSaved={changed} />
    </div>
  );
}
