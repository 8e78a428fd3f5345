import type { KeyedStorage } from './app-storage';

/** This browser's localStorage, or undefined where the browser refuses it (some private modes). */
export function browserStorage(): KeyedStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
