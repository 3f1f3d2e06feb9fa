// Zod probes `new Function` to compile its parsers; the CSP forbids eval, so
// in the browser it must interpret them instead. Imported before any schema.
import { config } from 'zod/mini';

config({ jitless: true });
