/**
 * Collection names and their indexes, kept in one place. The build writes them out for deployment
 * (every collection is server-only, "仅管理端可读写"), and the emulator pushes the same index fields
 * down to SQLite. Only fields that hold a single value may be indexed here: a Mongo condition on an
 * array field matches its elements, which an SQL prefilter would get wrong.
 */
export const COLLECTIONS = {
  users: 'users',
  orgNodes: 'org_nodes',
  categories: 'categories',
  tickets: 'tickets',
  ticketEvents: 'ticket_events',
  settings: 'settings',
  /** WeChat image-check trace id → the ticket and photo it judges (the verdict arrives later) */
  mediaChecks: 'media_checks',
  /** cloud path handed out by org.uploadSlot → who may attach the file stored there (types/upload.ts) */
  uploads: 'uploads',
  notices: 'notices',
  noticeReads: 'notice_reads',
  noticeDeliveries: 'notice_deliveries',
  noticeVisits: 'notice_visits',
  invitations: 'invitations',
  roleEvents: 'role_events',
  /** idempotent actions' first answers: (caller, function.action, requestId) → result (types/requests.ts) */
  requests: 'requests',
  /** rate limits' counts per user × rule × window (types/limits.ts) */
  rateCounters: 'rate_counters',
  /** statistics kept on write: leaf × month, grid worker × month, queue tab counts (types/stats.ts) */
  statsCounters: 'stats_counters',
  /** 五步工作法: households (rooms of buildings), visits with their steps, coverage counters per grid */
  households: 'households',
  visits: 'visits',
  visitCounters: 'visit_counters',
  /** 结对帮扶 pairings and key-household rules (types/visit-plans.ts): what the visitReminder timer reads */
  visitPlans: 'visit_plans',
  // party service half (types/party-service.ts, types/party-points.ts)
  /** 志愿活动: community staff's activities; a member's sign-up and its check-in/out, one per activity × member */
  partyActivities: 'party_activities',
  partySignups: 'party_signups',
  /** 微心愿 (三单制) */
  partyWishes: 'party_wishes',
  /** the points ledger (append-only) and each member's totals at a community, kept on write */
  partyPoints: 'party_points',
  partyPointTotals: 'party_point_totals',
  // end party service half
  // party members half (types/party-members.ts)
  /** 报到: one registration per member × community, its history inside */
  partyRegistrations: 'party_registrations',
  /** 认岗领责: a community's posts (claimed count kept on write) and each member's claim of one */
  partyPosts: 'party_posts',
  partyPostClaims: 'party_post_claims',
  /** 红黄牌: the partyCards timer's cards, one per registration at most */
  partyCards: 'party_cards',
  // end party members half
  /** 注销账号 (issue 16, privacy): that an account was deleted and what was detached, counts only */
  accountEvents: 'account_events',
} as const;
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export interface IndexDecl {
  name: string;
  /** fields in order; direction 1 ascending, -1 descending */
  keys: { field: string; direction: 1 | -1 }[];
  unique?: boolean;
}

const idx = (name: string, ...fields: string[]): IndexDecl => ({
  name,
  keys: fields.map((f) =>
    f.startsWith('-') ? { field: f.slice(1), direction: -1 as const } : { field: f, direction: 1 as const },
  ),
});

export const INDEXES: Record<CollectionName, IndexDecl[]> = {
  // residents in a notice's scope are found by their home's place (notices: read figures, pusher)
  users: [
    idx('by_home_grid', 'address.gridId'),
    idx('by_home_building', 'address.buildingId'),
    idx('by_home_community', 'address.communityId'),
  ],
  org_nodes: [idx('by_parent', 'parentId', 'order'), idx('by_type', 'type', 'communityId')],
  categories: [idx('by_order', 'active', 'order')],
  tickets: [
    idx('queue', 'handlerOrgId', 'status', '-createdAt'),
    idx('mine', 'reporterId', '-createdAt'),
    idx('by_grid', 'gridId', 'status', '-createdAt'),
    idx('by_community', 'communityId', 'status', '-createdAt'),
    idx('open_due', 'status', 'dueAt'),
    // duplicate hint: open tickets of a category, newest first
    idx('similar', 'categoryId', 'status', '-createdAt'),
    // the sweeper's auto-close: resolved tickets by when they were resolved
    idx('resolved_at', 'status', 'resolvedAt'),
    // supervisor board: a community's open tickets by due time
    idx('community_due', 'communityId', 'status', 'dueAt'),
    // supervisor board's 不予受理 view: refusals newest first (a rejected ticket's updatedAt is its refusal)
    idx('status_updated', 'status', '-updatedAt'),
    idx('community_updated', 'communityId', 'status', '-updatedAt'),
    // the number people read is unique (the _id is random; filing draws again on a clash)
    { ...idx('by_no', 'no'), unique: true },
    // the handlers' open queues: urgent first, then by deadline (repo/tickets.ts listQueue)
    idx('queue_urgency', 'handlerOrgId', 'status', 'urgency', 'dueAt'),
    // 我经手的: a handler's tickets (an array field: one entry per handler), latest change first
    idx('handled', 'handlers', '-updatedAt'),
  ],
  ticket_events: [idx('timeline', 'ticketId', 'seq')],
  settings: [],
  media_checks: [],
  uploads: [],
  notices: [idx('feed', 'streetId', 'status', '-rank'), idx('due_push', 'status', 'publishAt')],
  notice_reads: [idx('by_user', 'userId', 'noticeId'), idx('by_notice_grid', 'noticeId', 'gridId')],
  notice_deliveries: [idx('by_notice', 'noticeId', 'status')],
  notice_visits: [idx('by_notice_grid', 'noticeId', 'gridId')],
  invitations: [idx('by_creator', 'createdBy', '-createdAt')],
  role_events: [idx('by_user', 'userId', '-at')],
  // read by _id only; by age for a clean-up of old answers
  requests: [idx('by_at', 'at')],
  // read by _id only; by window end for a clean-up of spent windows
  rate_counters: [idx('by_end', 'end')],
  // a dashboard: a street's or a community's leaves (or workers) for a month or a year; queues by _id
  stats_counters: [
    idx('by_street', 'streetId', 'kind', 'month'),
    idx('by_community', 'communityId', 'kind', 'month'),
    idx('by_street_year', 'streetId', 'kind', 'year'),
  ],
  // a grid's households by building and room; one room of a building once
  households: [
    idx('by_grid', 'gridId', 'buildingId', 'room'),
    { ...idx('by_room', 'buildingId', 'room'), unique: true },
  ],
  // the visitor's open visits by due time; a household's history newest first
  visits: [
    idx('due', 'visitorId', 'status', 'dueAt'),
    // 结对帮扶's list: the visitor's open visits of one kind (visits.due's kind)
    idx('due_kind', 'visitorId', 'source', 'status', 'dueAt'),
    // the community's (street's, grid's) overdue and today's visits (visits.gridDue)
    idx('grid_due', 'gridId', 'status', 'dueAt'),
    idx('community_due', 'communityId', 'status', 'dueAt'),
    idx('street_due', 'streetId', 'status', 'dueAt'),
    idx('by_household', 'householdId', '-createdAt'),
    // the visitReminder timer: due visits by day (reminders), a plan's visits (is one still open?)
    idx('status_due', 'status', 'dueAt'),
    idx('by_plan', 'planId', '-dueAt'),
  ],
  // a community's pairings and key rules; a visitor's pairings; a household's pairings
  visit_plans: [
    idx('by_community', 'communityId', 'kind', 'active'),
    idx('by_visitor', 'visitorId', 'active'),
    idx('by_household', 'householdId', 'active'),
  ],
  // coverage: a community's or the street's grids (one document per grid)
  visit_counters: [idx('by_community', 'communityId'), idx('by_street', 'streetId')],
  // party service half: a community's activities by start; an activity's roster; a member's sign-ups
  party_activities: [idx('by_community', 'communityId', '-startAt')],
  party_signups: [idx('by_activity', 'activityId', 'signedUpAt'), idx('by_user', 'userId', '-startAt')],
  // a community's wishes by state (the queue 下单 works from); a resident's own; a member's claimed
  party_wishes: [
    idx('by_community', 'communityId', 'status', '-createdAt'),
    idx('by_resident', 'residentId', '-createdAt'),
    idx('by_claimer', 'claimerId', '-createdAt'),
  ],
  // a member's ledger at a community newest first; a member's entries by time (the quarterly report)
  party_points: [idx('by_member', 'userId', 'communityId', '-at'), idx('by_user_at', 'userId', 'at')],
  // the leaderboard: a community's members by points
  party_point_totals: [idx('leaderboard', 'communityId', '-points')],
  // end party service half
  // party members half: a community's registrations by state; the timer's approved ones by due time
  party_registrations: [
    idx('by_community', 'communityId', 'status', '-submittedAt'),
    idx('by_due', 'status', 'dueAt'),
    idx('community_due', 'communityId', 'status', 'dueAt'),
    idx('by_user', 'userId'),
  ],
  party_posts: [idx('by_community', 'communityId', 'createdAt')],
  // a post's members; a member's claims at a community
  party_post_claims: [
    idx('by_post', 'postId', 'status', 'signedAt'),
    idx('by_user', 'userId', 'communityId', 'status'),
  ],
  // a community's cards, longest without service first
  party_cards: [idx('by_community', 'communityId', 'since'), idx('by_color', 'communityId', 'color', 'since')],
  // end party members half
  account_events: [],
};
