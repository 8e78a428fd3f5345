export * from './api/contract.js';
