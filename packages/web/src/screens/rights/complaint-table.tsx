import { LENDER_TYPE_LABELS, type LenderType } from '@shangan/core';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { complaintGroups } from './complaint-groups';
import { rightsMessages } from './messages';
import { RuleList } from './rule-list';

const GROUPS = complaintGroups();

/** Who to complain to, by lender type (the core's complaint routes), with the person's own lenders marked. */
export function ComplaintTable() {
  const text = useMessages(rightsMessages);
  const { locale } = useLocale();
  const debts = useCurrentCase().caseFile?.debts ?? [];
  const lendersOf = (types: readonly LenderType[]) =>
    debts.filter((debt) => types.includes(debt.lenderType)).map((debt) => debt.lender);
  return (
    <section class="card" aria-labelledby="complaints-title">
      <h2 id="complaints-title">{text.complaintsTitle}</h2>
      <p>{text.complaintsIntro}</p>
      <div class="table-scroll">
        <table class="complaints">
          <thead>
            <tr>
              <th scope="col">{text.lenderColumn}</th>
              <th scope="col">{text.regulatorColumn}</th>
              <th scope="col">{text.channelColumn}</th>
            </tr>
          </thead>
          <tbody>
            {GROUPS.map((group) => {
              const yours = lendersOf(group.lenderTypes);
              return (
                <tr key={group.lenderTypes.join()}>
                  <th scope="row">
                    {group.lenderTypes.map((type) => LENDER_TYPE_LABELS[locale][type]).join(' / ')}
                    {yours.length > 0 && (
                      <span class="yours">
                        {text.yourDebts}
                        {yours.join('、')}
                      </span>
                    )}
                  </th>
                  <td lang="zh-CN">{group.route.regulator}</td>
                  <td lang="zh-CN">{group.route.channel}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted">{text.complaintsNote}</p>
      <p>{text.regulatorChange}</p>
      <RuleList ids={['nfra-establishment-2023']} />
    </section>
  );
}
