import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { AgreementPage } from './agreement-page';
import { CallCopilot } from './call-copilot';
import { ContactLog } from './contact-log';
import { boardMessages } from './messages';
import { parseNegotiateRoute } from './negotiate-route';
import { OfferPage } from './offer-page';
import { StatusBoard } from './status-board';
import './negotiate.css';

/**
 * `#/negotiate` (the board), `#/negotiate/<debt>/call` (co-pilot), `#/negotiate/<debt>/log`
 * (contacts), `#/negotiate/<debt>/agreement` (the written agreement), `#/negotiate/<debt>/offer`
 * (the lender's offer, weighed).
 */
export default function NegotiateScreen({ rest }: { rest: string }) {
  const text = useMessages(boardMessages);
  const { caseFile } = useCurrentCase();
  const route = parseNegotiateRoute(rest);
  if (route.view === 'board') return <StatusBoard />;
  const debt =
    route.view === 'unknown' ? undefined : caseFile?.debts.find((entry) => entry.id === route.debtId);
  if (route.view === 'unknown' || debt === undefined) {
    return (
      <div class="negotiate">
        <h1>{text.title}</h1>
        <p role="alert">{text.notFound}</p>
        <a class="button" href={hrefTo('/negotiate')}>
          {text.backToBoard}
        </a>
      </div>
    );
  }
  if (route.view === 'call') return <CallCopilot key={debt.id} debt={debt} />;
  if (route.view === 'agreement') return <AgreementPage key={debt.id} debt={debt} />;
  if (route.view === 'offer') return <OfferPage key={debt.id} debt={debt} />;
  return <ContactLog key={debt.id} debt={debt} />;
}
