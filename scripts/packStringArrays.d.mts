import type { Plugin } from 'esbuild';

export const MIN_ELEMENTS: number;
export function packStringArrays(source: string, fileName?: string): { contents: string; packed: number };
export const packStringArraysPlugin: Plugin;
