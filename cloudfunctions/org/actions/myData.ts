import type { MyData } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { myDataOf } from '../mydata';

/** 我的数据: everything stored about the caller (only the caller's own). */
export async function myData(_: unknown, ctx: ActionContext): Promise<MyData> {
  return myDataOf((await ctx.caller()).user);
}
