/**
 * Which buttons a ticket's reader gets, and what each one asks for before it is sent. The server
 * decides what is allowed (`allowedActions`, from the shared transition table); this module only
 * orders those actions, words them for the person holding the phone and says which form each needs.
 * Nothing here grants an action the server did not list.
 */
import { phrasesFor, STAFF_ROLES, type Role, type TicketAction } from '@lx/types';

/** Actions a person takes from a ticket's page (the sweeper's markOverdue / autoClose are not). */
export const PANEL_ACTIONS = [
  'accept',
  'resolve',
  'progress',
  'escalate',
  'route',
  'dispatch',
  'verify',
  'sendBack',
  'reject',
  'rate',
  'reopen',
  'urge',
  'join',
] as const satisfies readonly TicketAction[];
export type PanelAction = (typeof PANEL_ACTIONS)[number];

/** What a tap opens: nothing (sent at once), a note with photos, or one of the special forms. */
export type FormKind = 'none' | 'note' | 'rate' | 'verify' | 'dispatch' | 'route';

export interface NoteSpec {
  title: string;
  noteLabel: string;
  placeholder: string;
  noteRequired: boolean;
  photos: 'none' | 'optional' | 'required';
  photosLabel: string;
  submitLabel: string;
  /** a line under the title: a rule the sender should know before sending (催办's cooldown) */
  hint?: string;
  /** 常用语 offered as chips (types/note-phrases.ts); a tap fills the note, which stays editable */
  phrases?: readonly string[];
}

export interface PanelButton {
  action: PanelAction;
  label: string;
  /** primary: the next step of the flow; danger: refusing; plain: everything else */
  tone: 'primary' | 'plain' | 'danger';
  form: FormKind;
  note?: NoteSpec;
}

export interface PanelContext {
  /** the category wants photos of the result with 办结 */
  requiresAfterPhotos?: boolean;
  /** the viewer filed the ticket: their 催办 is once a day, a supervisor's 督办 once an hour */
  mine?: boolean;
}

function noteSpec(action: PanelAction, ctx: PanelContext): NoteSpec | undefined {
  switch (action) {
    case 'reject':
      return {
        title: '不予受理',
        noteLabel: '不予受理的原因',
        placeholder: '反映人会看到这段话，例如：属于物业服务范围，已告知联系物业',
        noteRequired: true,
        photos: 'none',
        photosLabel: '',
        submitLabel: '确认不予受理',
      };
    case 'progress':
      return {
        title: '添加进展',
        noteLabel: '办理进展',
        placeholder: '例如：已联系电工，明天上午到场维修',
        noteRequired: true,
        photos: 'optional',
        photosLabel: '现场照片',
        submitLabel: '提交进展',
      };
    case 'escalate':
      return {
        title: '上报上级',
        noteLabel: '上报原因',
        placeholder: '说明为什么本级解决不了，例如：需要市政部门更换线路',
        noteRequired: true,
        photos: 'none',
        photosLabel: '',
        submitLabel: '确认上报',
      };
    case 'resolve':
      return {
        title: '办结',
        noteLabel: '办理结果',
        placeholder: '例如：已更换灯泡，路灯恢复照明',
        noteRequired: true,
        photos: ctx.requiresAfterPhotos ? 'required' : 'optional',
        photosLabel: '办结后照片',
        submitLabel: '确认办结',
      };
    case 'sendBack':
      return {
        title: '退回重办',
        noteLabel: '退回重办的理由',
        placeholder: '办理人员会看到这段话，例如：属于网格职责范围，请签收办理',
        noteRequired: true,
        photos: 'none',
        photosLabel: '',
        submitLabel: '确认退回重办',
      };
    case 'reopen':
      return {
        title: '问题没有解决',
        noteLabel: '哪里还没有解决',
        placeholder: '例如：路灯修好两天又不亮了',
        noteRequired: true,
        photos: 'none',
        photosLabel: '',
        submitLabel: '重新办理',
      };
    case 'urge':
      return {
        title: '催办',
        noteLabel: '催办说明',
        placeholder: '办理人员会看到这段话，例如：路灯坏了一周了，晚上出门看不见路',
        noteRequired: true,
        photos: 'none',
        photosLabel: '',
        submitLabel: '确认催办',
        // the same cooldowns the server holds (ticket-transitions.ts, limits.ts urge.supervisor)
        hint: ctx.mine ? '每天可以催办一次' : '同一诉求每小时可以催办一次',
      };
    default:
      return undefined;
  }
}

const LABELS: Record<PanelAction, string> = {
  accept: '签收',
  resolve: '办结',
  progress: '添加进展',
  escalate: '上报上级',
  route: '分派网格',
  dispatch: '派遣部门',
  verify: '核查',
  sendBack: '退回重办',
  reject: '不予受理',
  rate: '评价',
  reopen: '问题没有解决',
  urge: '催办',
  join: '附议',
};

const TONES: Partial<Record<PanelAction, PanelButton['tone']>> = {
  accept: 'primary',
  resolve: 'primary',
  verify: 'primary',
  rate: 'primary',
  dispatch: 'primary',
  route: 'primary',
  sendBack: 'primary',
  reject: 'danger',
};

const FORMS: Record<PanelAction, FormKind> = {
  accept: 'none',
  resolve: 'note',
  progress: 'note',
  escalate: 'note',
  dispatch: 'dispatch',
  route: 'route',
  verify: 'verify',
  sendBack: 'note',
  reject: 'note',
  rate: 'rate',
  reopen: 'note',
  urge: 'note',
  join: 'none',
};

/**
 * The buttons for the actions the server allows now, in the order of the flow: the next step first,
 * refusing last. Unknown or system actions in `allowed` are ignored.
 */
export function panelButtons(allowed: readonly string[], ctx: PanelContext = {}): PanelButton[] {
  return PANEL_ACTIONS.filter((a) => allowed.includes(a)).map((action) => {
    const spec = noteSpec(action, ctx);
    const phrases = phrasesFor(action);
    const note = spec && phrases.length ? { ...spec, phrases } : spec;
    return {
      action,
      label: LABELS[action],
      tone: TONES[action] ?? 'plain',
      form: FORMS[action],
      ...(note ? { note } : {}),
    };
  });
}

/** Whether someone holding `roles` works for the street office (any grant but 居民 and 党员). */
export const isStaff = (roles: readonly { role: Role }[]): boolean =>
  roles.some((r) => (STAFF_ROLES as readonly Role[]).includes(r.role));

/**
 * Staff never see 附议: a grid worker who escalated a ticket from their own building is its neighbour
 * by address, but joining is a resident's voice, not a handler's. `staff` undefined (the user not
 * loaded yet) hides it too, so it never flashes up for a worker.
 */
export const forViewer = (buttons: PanelButton[], staff: boolean | undefined): PanelButton[] =>
  staff === false ? buttons : buttons.filter((b) => b.action !== 'join');
