/** The members half's handlers (报到, 认岗领责, 红黄牌, report): see types/api/party-members.ts. */
import { cards, memberRecord } from './cards';
import { claimPost, leavePost, postMembers, posts, savePost } from './posts';
import { dismiss, myRegistrations, register, registrations, rereport, review, withdraw } from './registrations';
import { exportQuarterReport, quarterReport } from './report';

export const MEMBER_HANDLERS = {
  register,
  myRegistrations,
  registrations,
  review,
  rereport,
  withdraw,
  dismiss,
  posts,
  savePost,
  claimPost,
  leavePost,
  postMembers,
  cards,
  memberRecord,
  quarterReport,
  exportQuarterReport,
};
