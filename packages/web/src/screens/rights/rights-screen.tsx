import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ComplaintTable } from './complaint-table';
import { CrisisSupport } from './crisis-support';
import { rightsMessages } from './messages';
import { RIGHTS_TOPICS, SCAMS } from './rights-topics';
import { RuleList } from './rule-list';
import './rights.css';

/** The free public legal-service hotline (公共法律服务热线), for advice and legal aid. */
const LEGAL_AID_HOTLINE = '12348';

/** `#/rights`: the rules in plain words, scams to avoid, where to complain, and where to get help. */
export default function RightsScreen() {
  const text = useMessages(rightsMessages);
  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.intro}</p>
      <CrisisSupport />
      {RIGHTS_TOPICS.map((topic) => (
        <section key={topic.key} class="card" aria-labelledby={`topic-${topic.key}`}>
          <h2 id={`topic-${topic.key}`}>{text.topics[topic.key].title}</h2>
          <p>{text.topics[topic.key].intro}</p>
          {topic.key === 'paymentOrder' && (
            <p>
              <a href={hrefTo('/documents')}>{text.writeDocumentLink}</a>
            </p>
          )}
          <details>
            <summary>{text.rulesCount(topic.citations.length)}</summary>
            <RuleList ids={topic.citations} />
          </details>
        </section>
      ))}
      <section class="card" aria-labelledby="scams-title">
        <h2 id="scams-title">{text.scamsTitle}</h2>
        <p>{text.scamsIntro}</p>
        {SCAMS.map((scam) => (
          <div key={scam.key} class="scam">
            <h3>{text.scams[scam.key].title}</h3>
            <p>{text.scams[scam.key].intro}</p>
            <RuleList ids={scam.citations} />
          </div>
        ))}
        <p class="muted">{text.scamsReport}</p>
      </section>
      <ComplaintTable />
      <section class="card" aria-labelledby="legal-aid-title">
        <h2 id="legal-aid-title">{text.legalAidTitle}</h2>
        <p>{text.legalAidBody(LEGAL_AID_HOTLINE)}</p>
        <p>
          <a class="button button-secondary" href={`tel:${LEGAL_AID_HOTLINE}`}>
            {text.legalAidCall(LEGAL_AID_HOTLINE)}
          </a>
        </p>
      </section>
    </>
  );
}
