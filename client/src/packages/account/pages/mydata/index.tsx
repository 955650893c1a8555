/**
 * 我的数据: everything 连心网格 stores about me (org.myData), its export as a file (the stats export's
 * path: useReportExport), and 注销账号, asked twice: a first tap says what will happen, a second one
 * (确认注销) does it. After it the page says so and offers 返回首页 (a next visit starts afresh).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ROLE_LABELS, TICKET_STATUS_LABELS, type MyData, type TicketStatus } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useReportExport } from '@/hooks/useReportExport';
import { useRequestId } from '@/hooks/useRequestId';
import { callCloud } from '@/services/cloud';
import { formatDateTime } from '@/utils/format';
import { go, PAGES, toast } from '@/utils/nav';
import '../../privacy.scss';

function Part({ title, lines }: { title: string; lines: string[] }) {
  return (
    <View className="lx-privacy__part" aria-label={title}>
      <Text className="lx-privacy__title">{title}</Text>
      {lines.length ? (
        lines.map((l, i) => (
          <Text key={i} className="lx-privacy__line">
            {l}
          </Text>
        ))
      ) : (
        <Text className="lx-privacy__line lx-privacy__muted">无</Text>
      )}
    </View>
  );
}

const statusOf = (s: string) => TICKET_STATUS_LABELS[s as TicketStatus] ?? s;

/** What the data says, in the page's words, part by part. */
function parts(d: MyData): { title: string; lines: string[] }[] {
  const p = d.profile;
  return [
    {
      title: '基本信息',
      lines: [
        `昵称：${p.nickname}`,
        ...(p.realName ? [`姓名：${p.realName}`] : []),
        `电话：${p.phone ?? '未填写'}`,
        `注册时间：${formatDateTime(p.createdAt)}`,
      ],
    },
    {
      title: '住址',
      lines: [`现住址：${d.address?.text ?? '未绑定'}`, ...d.addressHistory.map((a) => `曾用住址：${a.text}`)],
    },
    { title: '身份', lines: ['居民', ...d.roles.map((r) => ROLE_LABELS[r.role])] },
    {
      title: '我反映的问题',
      lines: d.tickets.map(
        (t) =>
          `${t.no} ${t.categoryName}（${statusOf(t.status)}）：${t.description}` +
          (t.phone ? ` 联系电话 ${t.phone}` : '') +
          (t.photos.length ? ` 照片 ${t.photos.length} 张` : ''),
      ),
    },
    { title: '我附议的问题', lines: d.supported.map((t) => `${t.no} ${t.categoryName}`) },
    {
      title: '入户走访',
      lines: d.household
        ? [`房号：${d.household.room}`, ...d.household.visits.map((v) => `走访 ${formatDateTime(v.dueAt)}`)]
        : [],
    },
    {
      title: '党员报到与积分',
      lines: [
        ...d.party.registrations.map((r) => `${r.communityName}：${r.name} ${r.phone} ${r.workUnit}`),
        ...d.party.points.map((t) => `积分 ${t.points} 分，服务 ${Math.round(t.minutes / 6) / 10} 小时`),
        ...d.party.signups.map((s) => `报名活动 ${formatDateTime(s.signedUpAt)}`),
        ...d.party.wishes.map((w) => `微心愿：${w.title}`),
      ],
    },
  ];
}

function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const [asked, setAsked] = useState(false);
  const [busy, setBusy] = useState(false);
  const requestId = useRequestId();
  const confirm = async () => {
    setBusy(true);
    const res = await callCloud('org', 'deleteAccount', { confirm: true, requestId: requestId.for('delete') });
    setBusy(false);
    // a retry whose first send deleted her (the answer was lost) finds no account: that is deleted too
    const gone = res.ok || res.code === 'AUTH.NOT_REGISTERED';
    if (!gone) return toast(res.message);
    // what this phone kept of her goes too: a filing draft (name, phone, photos), the consent, the mode
    Taro.clearStorageSync();
    onDeleted();
  };
  if (!asked) {
    return (
      <Button block fill="outline" size="large" className="lx-big-button" onClick={() => setAsked(true)}>
        注销账号
      </Button>
    );
  }
  return (
    <View className="lx-privacy__part" role="alert" aria-label="确认注销账号">
      <Text className="lx-privacy__title">确定要注销账号吗？</Text>
      <Text className="lx-privacy__line">
        注销后，您的昵称、电话、住址和党员报到等信息将被删除，不能恢复。您反映过的问题会作为工作记录保留，但不再显示您的姓名和电话，只显示“已注销用户”。
      </Text>
      <Button block type="primary" size="large" className="lx-big-button" loading={busy} onClick={() => void confirm()}>
        确认注销
      </Button>
      <Button block fill="outline" size="large" className="lx-privacy__danger" onClick={() => setAsked(false)}>
        不注销了
      </Button>
    </View>
  );
}

function MyDataPage() {
  const data = useRemote(() => callCloud('org', 'myData', {}), []);
  const exporter = useReportExport();
  const [deleted, setDeleted] = useState(false);
  if (deleted) {
    return (
      <View className="lx-page lx-privacy">
        <Text className="lx-privacy__lead">账号已注销。感谢您使用连心网格。</Text>
        <Button block type="primary" size="large" className="lx-big-button" onClick={() => go(PAGES.home)}>
          返回首页
        </Button>
      </View>
    );
  }
  if (data.loading) return <LoadingView />;
  if (!data.data) return <ErrorView error={data.error} onRetry={() => void data.reload()} />;
  return (
    <View className="lx-page lx-privacy">
      <Text className="lx-privacy__lead">这里是连心网格保存的关于您的全部信息，只有您自己能看到这一页。</Text>
      {parts(data.data).map((part) => (
        <Part key={part.title} title={part.title} lines={part.lines} />
      ))}
      <Button
        block
        type="primary"
        size="large"
        className="lx-big-button"
        loading={exporter.busy}
        onClick={() => void exporter.run('mydata', (requestId) => callCloud('org', 'exportMyData', { requestId }))}
      >
        导出我的数据
      </Button>
      {exporter.done ? <Text className="lx-privacy__line">{`已导出：${exporter.done}`}</Text> : null}
      <View className="lx-privacy__part">
        <Text className="lx-privacy__link" onClick={() => go(PAGES.privacy)}>
          查看《隐私政策》
        </Text>
      </View>
      <DeleteAccount onDeleted={() => setDeleted(true)} />
    </View>
  );
}

export default withPageRoot(MyDataPage);
