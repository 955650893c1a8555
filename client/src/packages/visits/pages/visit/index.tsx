/**
 * 入户走访: one visit's five steps (?id=). The server says which step is next; the screen shows that
 * step's form, its big button at the bottom, and before the last step the 走访小结. Everything typed
 * is kept on the phone until the visit ends; a step sent without an answer stays 未发送 with
 * 重新发送, under the same requestId.
 */
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { VISIT_SOURCE_LABELS, VISIT_STATUS_LABELS, type CategoryOption } from '@lx/types';
import { go, PAGES, ticketUrl, toast } from '@/utils/nav';
import { sendStep, ticketCategories, type VisitView, visitDetail } from '../../api';
import { StepBar } from '../../components/StepBar';
import { DoneForm, HearForm, MetForm, WarmForm } from '../../components/StepForms';
import { Summary } from '../../components/Summary';
import { Unsent } from '../../components/Unsent';
import { useVisitDraft, type VisitDraftState } from '../../hooks/useVisitDraft';
import { notHomePayload, stepPayload } from '../../stepPayload';
import { stepLabel, VISIT_STEPS } from '../../steps';
import '../../visits.scss';

const BUTTONS = ['已敲门，下一步', '见到了，下一步', '记好了，下一步', '下一步：看小结', '确认，完成走访'];

interface BodyProps {
  n: number;
  visit: VisitView;
  draft: VisitDraftState;
  categories: readonly CategoryOption[];
  reload: () => Promise<void>;
}

function StepBody({ n, visit, draft, categories, reload }: BodyProps) {
  const notHome = () =>
    void draft.send({ step: 2, payload: notHomePayload(visit), label: '第 2 步 不在家' }).then(async (ok) => {
      if (!ok) return;
      toast('已记录不在家，改天再来');
      await reload();
    });
  if (n === 2) return <MetForm values={draft.values} edit={draft.setValues} onNotHome={notHome} busy={draft.sending} />;
  if (n === 3) return <HearForm values={draft.values} edit={draft.setValues} />;
  if (n === 4) return <WarmForm values={draft.values} edit={draft.setValues} />;
  if (n === 5)
    return (
      <View>
        <Summary visit={visit} />
        <DoneForm values={draft.values} edit={draft.setValues} concerns={visit.concerns} categories={categories} />
      </View>
    );
  return null;
}

const place = (v: VisitView) => `${v.room} · ${VISIT_SOURCE_LABELS[v.source]}`;

/** Over (不在家, completed, or step 5 done with tickets still open): where it stands, its tickets. */
function Finished({ visit }: { visit: VisitView }) {
  const waiting = visit.status === 'inProgress';
  return (
    <EmptyView text={waiting ? '五步已完成，等待诉求办结' : VISIT_STATUS_LABELS[visit.status]} hint={place(visit)}>
      {visit.concerns.map((c, i) =>
        c.ticketId ? (
          <Text key={i} className="lx-visit-link" onClick={() => go(ticketUrl(c.ticketId ?? ''))}>
            第 {i + 1} 件事已转为诉求，查看 ›
          </Text>
        ) : null,
      )}
      <Text
        className="lx-visit-link"
        onClick={() => go(`${PAGES.visitHousehold}?id=${encodeURIComponent(visit.householdId)}`)}
      >
        查看住户 ›
      </Text>
    </EmptyView>
  );
}

interface StepsProps {
  visit: VisitView;
  reload: () => Promise<void>;
  categories: readonly CategoryOption[];
}

export function VisitSteps({ visit, reload, categories }: StepsProps) {
  const draft = useVisitDraft(visit._id, sendStep);
  const n = visit.nextStep;
  useEffect(() => {
    if (n === null) draft.finish();
  }, [n]);
  if (n === null) return <Finished visit={visit} />;
  const step = VISIT_STEPS[n - 1];
  const next = async () => {
    const built = stepPayload(n, draft.values, visit);
    if (!built.ok) return toast(built.message);
    if (await draft.send({ step: n, payload: built.payload, label: stepLabel(n) })) await reload();
  };
  const retry = async () => {
    if (await draft.retry()) await reload();
  };
  return (
    <View className="lx-page lx-visit">
      <View className="lx-visit__head">
        <Text className="lx-visit__household">{visit.room}</Text>
        <Text className="lx-visit__kind">{VISIT_SOURCE_LABELS[visit.source]}</Text>
      </View>
      <StepBar current={n} />
      {draft.pending ? (
        <Unsent pending={draft.pending} error={draft.error} busy={draft.sending} onRetry={() => void retry()} />
      ) : null}
      <View className="lx-section lx-visit__step">
        <Text className="lx-visit__title">
          第 {n} 步 {step.title}
        </Text>
        <Text className="lx-visit__hint">{step.hint}</Text>
        <StepBody n={n} visit={visit} draft={draft} categories={categories} reload={reload} />
      </View>
      <SubmitBar label={BUTTONS[n - 1]} busy={draft.sending} onSubmit={() => void next()} />
    </View>
  );
}

function VisitPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => visitDetail(id), [id]);
  // only step 5's 转为诉求 needs them; a failed load leaves the chips empty and step 5 says so
  const categories = useRemote(() => ticketCategories(), []);
  if (!remote.data && remote.loading) return <LoadingView />;
  if (!remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  return <VisitSteps visit={remote.data} reload={remote.reload} categories={categories.data ?? []} />;
}

export default withPageRoot(VisitPage);
