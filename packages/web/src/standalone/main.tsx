import { render } from 'preact';
import { sendRequestsWith } from '../api/client';
import '../styles/app.css';
import { openedByShare } from '../screens/messages/shared-text';
import { answerApiLinks } from './api-links';
import { engineFetch } from './engine';
import { StandaloneRoot } from './standalone-root';

// As in ../main.tsx: zod interprets its schemas rather than probe `new Function`, which the CSP forbids.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };

// The standalone build's entry (vite.standalone.config.ts puts it in index.html in place of
// ../main.tsx): the same app, its API in a worker of this tab (ADR 0030).
// A text shared into the installed app (the manifest's share_target) opens the message inbox.
if (openedByShare(location.search) && location.hash.replace(/^#\/?/, '') === '') location.hash = '#/messages';
sendRequestsWith(engineFetch);
answerApiLinks(engineFetch);
const root = document.getElementById('app');
if (root) render(<StandaloneRoot />, root);
