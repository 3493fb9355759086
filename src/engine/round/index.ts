export { applyRound, roundFilter, runRound } from './select.js';
