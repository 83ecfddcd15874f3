import { render } from 'preact';
// The one privacy text (docs/PRIVACY.md), shipped inside the extension so the options page
// can link to it offline; shown as text, never as markup.
import privacy from '@/docs/PRIVACY.md?raw';
import '@/assets/base.css';
import '@/assets/pages.css';

render(
  <main class="bd-page">
    <pre style={{ whiteSpace: 'pre-wrap', font: 'inherit' }} data-testid="privacy">
      {privacy}
    </pre>
  </main>,
  document.getElementById('app')!,
);
