/**
 * 党员报到: my registrations with their state and what each allows (再次报到, 撤销报到, 重新报到),
 * and the form to report to a community. Open to everyone signed in: a resident reaches it from 我的
 * before they are a member, a member from 办事.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { loadMe, useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { myRegistrations, type RegistrationView } from '../../api';
import { detailsFrom } from '../../components/DetailsFields';
import { RegisterForm } from '../../components/RegisterForm';
import { RegistrationCard } from '../../components/RegistrationCard';
import '../../party.scss';

type FormStart = Parameters<typeof RegisterForm>[0]['initial'];

function RegisterPage() {
  const { me } = useMe();
  const list = useRemote(myRegistrations, []);
  const [form, setForm] = useState<FormStart>();
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  if (list.loading && !list.data) return <LoadingView />;
  if (!list.data) return <ErrorView error={list.error} onRetry={() => void list.reload()} />;

  const fresh = (): FormStart => ({
    communityId: me?.address?.communityId ?? '',
    ...detailsFrom({ name: me?.realName, phone: me?.phone }),
  });
  const again = (r: RegistrationView) => setForm({ communityId: r.communityId, ...detailsFrom(r) });
  const changed = () => {
    setForm(undefined);
    void list.reload();
    // an approval or a withdrawal changes the roles 办事 shows
    void loadMe();
  };
  const now = Date.now();
  const shown = form ?? (list.data.length ? undefined : fresh());
  return (
    <View className="lx-page lx-party">
      {list.data.length ? (
        <View className="lx-section" role="list" aria-label="我的报到">
          <Text className="lx-section__title">我的报到</Text>
          {list.data.map((r) => (
            <RegistrationCard key={r._id} r={r} now={now} onChanged={changed} onAgain={again} />
          ))}
        </View>
      ) : (
        <EmptyView text="您还没有向社区报到" hint="在职、离退休和流动党员都可以向居住的社区报到" />
      )}
      {shown ? (
        <RegisterForm key={shown.communityId} initial={shown} onDone={changed} />
      ) : (
        <View className="lx-under-button">
          <Button block type="primary" fill="outline" size="xlarge" onClick={() => setForm(fresh())}>
            向其他社区报到
          </Button>
        </View>
      )}
    </View>
  );
}

export default withPageRoot(RegisterPage);
