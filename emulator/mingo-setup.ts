/**
 * mingo's default entry loads only the basic operators; aggregation ($group accumulators, $lookup,
 * $count …) and the full expression set need the system context. Loading it once, globally, keeps
 * every Query/Aggregator in the emulator on the same operator set.
 */
import 'mingo/init/system';

let loaded = false;

/** Called by the modules that build mingo queries, so the side-effect import is never tree-shaken. */
export function ensureMingoOperators(): void {
  loaded = true;
}

export const mingoOperatorsLoaded = (): boolean => loaded;
