/**
 * The `party` function: in-service party members at their home community. 报到 and its approval,
 * 认岗领责, service activities with check-in, 微心愿 (三单制), the points ledger and 红黄牌.
 * Two halves (members/, service/) keep their handlers apart; this file only joins them.
 */
import { createMain } from '../shared/dispatcher';
import { MEMBER_HANDLERS } from './members';
import { SERVICE_HANDLERS } from './service';

export const main = createMain('party', { ...MEMBER_HANDLERS, ...SERVICE_HANDLERS });
