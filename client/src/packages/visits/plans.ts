/** The choices the plan pages offer, in the contract's words. */
import { PLAN_MAX_DAYS, PLAN_MIN_DAYS } from '@lx/types';
import type { ChipOption } from '@/components/ChipGroup';

/** Common periods as chips (one hand, no keyboard); all lie within the contract's 7–180 days. */
export const PERIODS = [7, 14, 30, 60, 90].filter((d) => d >= PLAN_MIN_DAYS && d <= PLAN_MAX_DAYS);
export const PERIOD_OPTIONS: ChipOption<string>[] = PERIODS.map((d) => ({ value: String(d), label: `每 ${d} 天` }));
