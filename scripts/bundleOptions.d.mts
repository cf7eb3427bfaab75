import type { BuildOptions } from 'esbuild';

export function commonOptions(production: boolean): BuildOptions;
export function workerOptions(production: boolean): BuildOptions;
export const WORKER_BUDGET: number;
export const WORKER_CEILING: number;
