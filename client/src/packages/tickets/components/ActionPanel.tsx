/**
 * The actions a ticket's reader may take now, as large buttons; a tap either sends at once (签收,
 * 催办) or opens the form the action needs. The server's answer decides: a refusal (someone else
 * acted first, the state moved on) is shown and the page reloads.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Upload } from '@/hooks/usePhotos';
import type { ClientFail, CloudResult } from '@/services/cloud';
import type { ActionInput } from '../forms';
import { useMe } from '@/hooks/useMe';
import { forViewer, isStaff, type PanelAction, type PanelButton } from '../panel';
import { ActionForm } from './ActionForm';
import type { ChoiceOption } from './ChoiceForm';

export interface ActionPanelProps {
  buttons: PanelButton[];
  upload: Upload;
  /** 派遣部门's departments */
  departments?: readonly ChoiceOption[];
  /** 分派网格's grids, loaded when the form opens */
  grids?: { options: readonly ChoiceOption[]; state?: string; load: () => void };
  run: (action: PanelAction, input: ActionInput) => Promise<CloudResult<unknown>>;
  /** called in the tap itself (WeChat's subscription dialog only opens from a tap) */
  onTap?: (action: PanelAction) => void;
  onDone: (action: PanelAction) => void;
  onFailed?: (action: PanelAction, fail: ClientFail) => void;
  /** a line above the buttons, e.g. why the resident can urge now */
  hint?: string;
}

export function ActionPanel(props: ActionPanelProps) {
  // only a panel offering 附议 needs to know who reads it (panel.ts forViewer)
  return props.buttons.some((b) => b.action === 'join') ? <NeighbourPanel {...props} /> : <Panel {...props} />;
}

function NeighbourPanel(props: ActionPanelProps) {
  const { me } = useMe();
  return <Panel {...props} buttons={forViewer(props.buttons, me ? isStaff(me.roles ?? []) : undefined)} />;
}

function Panel(props: ActionPanelProps) {
  const { buttons, upload, departments = [], grids, run, onTap, onDone, onFailed, hint } = props;
  const [open, setOpen] = useState<PanelButton>();
  const [busy, setBusy] = useState<PanelAction>();
  const [failure, setFailure] = useState('');

  if (!buttons.length) return hint ? <Text className="lx-actions__hint lx-actions__hint--alone">{hint}</Text> : null;

  const send = async (b: PanelButton, input: ActionInput) => {
    if (busy) return;
    setBusy(b.action);
    setFailure('');
    const res = await run(b.action, input);
    setBusy(undefined);
    if (res.ok) {
      setOpen(undefined);
      onDone(b.action);
    } else {
      setFailure(res.message);
      onFailed?.(b.action, res);
    }
  };

  const tap = (b: PanelButton) => {
    if (busy) return;
    onTap?.(b.action);
    setFailure('');
    if (b.form === 'none') void send(b, {});
    else {
      if (b.form === 'route') grids?.load();
      setOpen(b);
    }
  };

  const failed = failure ? (
    <View className="lx-field__error lx-actions__failure" role="alert">
      {failure}
    </View>
  ) : null;
  if (open) {
    return (
      <View>
        <ActionForm
          open={open}
          busy={busy === open.action}
          upload={upload}
          departments={departments}
          grids={grids}
          onSubmit={(i) => void send(open, i)}
          onCancel={() => (setOpen(undefined), setFailure(''))}
        />
        {failed}
      </View>
    );
  }

  const [first, ...rest] = buttons;
  const lead = first.tone === 'primary' ? first : undefined;
  const others = lead ? rest : buttons;
  return (
    <View className="lx-actions" aria-label="可办理的操作">
      {hint ? <Text className="lx-actions__hint">{hint}</Text> : null}
      {failed}
      {lead ? (
        <Button
          className="lx-actions__lead"
          type="primary"
          size="large"
          block
          disabled={!!busy}
          onClick={() => tap(lead)}
        >
          {busy === lead.action ? '正在提交…' : lead.label}
        </Button>
      ) : null}
      {others.length ? (
        <View className="lx-actions__grid">
          {others.map((b) => (
            <Button
              key={b.action}
              className={`lx-actions__button lx-actions__button--${b.tone}`}
              type={b.tone === 'primary' ? 'primary' : 'default'}
              fill={b.tone === 'primary' ? 'solid' : 'outline'}
              size="large"
              disabled={!!busy}
              onClick={() => tap(b)}
            >
              {busy === b.action ? '正在提交…' : b.label}
            </Button>
          ))}
        </View>
      ) : null}
    </View>
  );
}
