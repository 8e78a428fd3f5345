import { render } from 'preact';
import { config } from 'zod/v4/core';
import { App } from './app';
import './styles/app.css';

// The core's schemas would probe `new Function` to compile fast parsers; the CSP forbids eval
// (no 'unsafe-eval'), so zod is told to interpret instead, before any screen builds a schema.
config({ jitless: true });

const root = document.getElementById('app');
if (root) render(<App />, root);
