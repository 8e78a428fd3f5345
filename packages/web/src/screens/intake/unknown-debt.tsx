import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { intakePath } from './intake-route';
import { intakeMessages } from './messages';

/** A route to a debt that is neither in the case nor unfinished on this device. */
export function UnknownDebt() {
  const text = useMessages(intakeMessages);
  return (
    <div class="notice">
      <h1>{text.unknownDebt}</h1>
      <a class="button" href={hrefTo(intakePath({ kind: 'home' }))}>
        {text.backToList}
      </a>
    </div>
  );
}
