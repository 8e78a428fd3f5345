import { useState } from 'preact/hooks';
import { api, expectOk } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { navigate } from '../../routing/router';
import { todayIso } from '../../ui/format';
import { SAMPLE_CASE, SAMPLE_FIRST_DEBT } from './sample-case';
import { SAMPLE_TITLE } from './sample-title';

/** The title of the person's own case (the sample has its own). */
const OWN_TITLE = '我的债务';

/**
 * The start screen's two ways in. Each reopens the case it made before rather than making another:
 * the person's own case (created empty, dated today, if there is none), or the sample.
 */
export function useOpenCase() {
  const current = useCurrentCase();
  const [busy, setBusy] = useState<'own' | 'sample'>();
  const [failure, setFailure] = useState<Error>();

  const run = async (which: 'own' | 'sample', work: () => Promise<void>) => {
    setBusy(which);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(undefined);
    }
  };
  const stored = async () => (await expectOk(api.cases.$get())).cases;
  const isCurrent = (title: string) => current.status === 'ready' && current.title === title;

  const startOwn = () =>
    run('own', async () => {
      if (current.status === 'ready' && current.title !== SAMPLE_TITLE) {
        navigate((current.caseFile?.debts.length ?? 0) > 0 ? '/intake' : '/intake/new');
        return;
      }
      const own = (await stored()).find((item) => item.title !== SAMPLE_TITLE);
      if (own !== undefined) {
        await current.select(own.id);
        navigate(own.debtCount > 0 ? '/intake' : '/intake/new');
        return;
      }
      await current.create(OWN_TITLE, { version: 1, asOf: todayIso(), debts: [] });
      navigate('/intake/new');
    });

  const openSample = () =>
    run('sample', async () => {
      if (!isCurrent(SAMPLE_TITLE)) {
        const sample = (await stored()).find((item) => item.title === SAMPLE_TITLE);
        if (sample !== undefined) await current.select(sample.id);
        else await current.create(SAMPLE_TITLE, SAMPLE_CASE);
      }
      navigate(`/intake/${SAMPLE_FIRST_DEBT}/review`);
    });

  return { busy, failure, startOwn, openSample };
}
