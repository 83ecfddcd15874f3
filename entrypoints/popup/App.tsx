import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingList } from '@/components/FindingList';
import type { Finding } from '@/core/types';
import { translator, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/send';

const locale = uiLocale();
const t = translator(locale);

/** The popup: a try-it box that runs a draft past the background worker's rules. */
export function App() {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    if (text.trim() === '') {
      setFindings(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      send('analyze', { seq: mine, draft: { text, platform: 'other' }, locale })
        .then((answer) => {
          if (answer.seq === seq.current) setFindings(answer.findings);
          setFailed(false);
        })
        .catch(() => setFailed(true));
    }, 120);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <main class="bd-popup">
      <h1>{t('extName')}</h1>
      <label for="bd-try">{t('popup.tryLabel')}</label>
      <textarea
        id="bd-try"
        rows={5}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        placeholder={t('popup.tryPlaceholder')}
      />
      {failed && <p role="alert">{t('popup.workerError')}</p>}
      <section role="status" aria-live="polite" data-testid="try-findings">
        {findings && <FindingList findings={findings} t={t} />}
      </section>
    </main>
  );
}
