/**
 * Shape checks for what a cache file gives back: the store returns only what this version wrote
 * intact, and these keep a value of another shape (a bug, a hand edit) from reaching a stage.
 */
export const isString = (v: unknown): v is string => typeof v === 'string';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An array of objects that each pass `each`. */
export const everyOf = <T>(v: unknown, each: (item: Record<string, unknown>) => boolean): v is T[] => Array.isArray(v) && v.every((item) => isObject(item) && each(item));

/** A module's size figures (graph/model.ts ModuleSize). */
export const isModuleSize = (v: unknown): boolean => isObject(v) && ['loc', 'complexity', 'maxFunctionComplexity', 'functions'].every((k) => typeof v[k] === 'number');
