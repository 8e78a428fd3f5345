import { render } from 'preact';
import { sendRequestsWith } from '../api/client';
import '../styles/app.css';
import { answerApiLinks } from './api-links';
import { engineFetch } from './engine';
import { StandaloneRoot } from './standalone-root';

// As in ../main.tsx: zod interprets its schemas rather than probe `new Function`, which the CSP forbids.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };

// The standalone build's entry (vite.standalone.config.ts puts it in index.html in place of
// ../main.tsx): the same app, its API in a worker of this tab (ADR 0030).
sendRequestsWith(engineFetch);
answerApiLinks(engineFetch);
const root = document.getElementById('app');
if (root) render(<StandaloneRoot />, root);
