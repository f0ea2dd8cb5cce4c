import { register } from 'node:module';

register('./log-compiler-loads.mjs', import.meta.url);
