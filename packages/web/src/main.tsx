import { render } from 'preact';
import { App } from './app';
import './styles/app.css';

// The core's schemas would probe `new Function` to compile fast parsers; the CSP forbids eval
// (no 'unsafe-eval') and reports the probe as a violation, so zod is told to interpret instead.
// zod reads its configuration from this global (zod/v4/core/core.js), which every copy shares;
// setting it here, before any screen loads a schema, keeps zod itself out of the first bundle.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };

const root = document.getElementById('app');
if (root) render(<App />, root);
