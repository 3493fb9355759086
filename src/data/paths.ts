import { fileURLToPath } from 'node:url';

/** The bundled data folder, found the same way from src/ (tests) and dist/ (the built package). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
