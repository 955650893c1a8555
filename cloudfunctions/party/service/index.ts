/** The service half's handlers (activities, check-in, 微心愿, points): see types/api/party-service.ts. */
import { activities, activity, createActivity } from './activities';
import { checkIn, checkInCode, checkOut, confirmHours } from './checkin';
import { correctPoints, leaderboard, myPoints } from './points';
import { cancelSignUp, roster, signUp } from './signups';
import { claimWish, completeWish, confirmWish, reviewWish } from './wish-steps';
import { editWish, myWishes, postWish, wish, wishes } from './wishes';

export const SERVICE_HANDLERS = {
  createActivity,
  activities,
  activity,
  signUp,
  cancelSignUp,
  roster,
  checkInCode,
  checkIn,
  checkOut,
  confirmHours,
  postWish,
  editWish,
  myWishes,
  wishes,
  wish,
  reviewWish,
  claimWish,
  completeWish,
  confirmWish,
  leaderboard,
  myPoints,
  correctPoints,
};
