import { useMessages } from '../../i18n/messages';
import { rightsMessages } from './messages';

/** The national psychological assistance hotline (心理援助热线), one number across the country. */
const PSYCHOLOGICAL_HOTLINE = '12356';

/** Shown early and calmly: someone reading about debts at night may be in despair. */
export function CrisisSupport() {
  const text = useMessages(rightsMessages).crisis;
  return (
    <section class="notice crisis" aria-labelledby="crisis-title">
      <h2 id="crisis-title">{text.title}</h2>
      <p>{text.body}</p>
      <p>{text.talk}</p>
      <p class="row">
        <a class="button button-secondary" href={`tel:${PSYCHOLOGICAL_HOTLINE}`}>
          {text.hotline(PSYCHOLOGICAL_HOTLINE)}
        </a>
      </p>
      <p>{text.danger}</p>
      <p class="row">
        <a class="button button-secondary" href="tel:110">
          {text.police}
        </a>
        <a class="button button-secondary" href="tel:120">
          {text.ambulance}
        </a>
      </p>
      <p>{text.fallback}</p>
    </section>
  );
}
