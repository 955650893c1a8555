/** The members half's handlers (报到, 认岗领责, 红黄牌, report): see types/api/party-members.ts. */
export const MEMBER_HANDLERS = {};
