/**
 * 反映问题: needs a bound address (the ticket goes to that building's grid) and the categories. Before
 * filing, open tickets like it nearby are offered for 附议; the 提交 tap asks for progress messages.
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AddressPrompt } from '@/components/AddressPrompt';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { ticketUrl, toast } from '@/utils/nav';
import { FileForm } from '../../components/FileForm';
import '../../tickets.scss';

export default function FileTicketPage() {
  const { me, error, loading, reload } = useMe();
  const categories = useRemote(() => callCloud('tickets', 'categories', {}), []);

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!me.address) {
    return (
      <View className="lx-page">
        <AddressPrompt />
      </View>
    );
  }
  if (categories.loading) return <LoadingView />;
  if (!categories.data) return <ErrorView error={categories.error} onRetry={() => void categories.reload()} />;

  return (
    <View className="lx-page">
      <FileForm
        categories={categories.data}
        addressText={me.address.text}
        upload={uploadPhoto}
        submit={(payload) => callCloud('tickets', 'file', payload)}
        findSimilar={(p) => callCloud('tickets', 'similar', { categoryId: p.categoryId })}
        join={(t) => callCloud('tickets', 'join', { id: t.id })}
        onJoined={(t) => {
          if (!t.mine && !t.joined) toast('附议成功，办理进度会通知您');
          void Taro.redirectTo({ url: ticketUrl(t.id) });
        }}
        onConsent={() => void askSubscription(['ticketProgress'])}
        onFiled={(t) => {
          toast(`提交成功，编号 ${t.no}`);
          // Replace the form: "back" from the new ticket should not reopen a filled-in form.
          void Taro.redirectTo({ url: ticketUrl(t.id) });
        }}
      />
    </View>
  );
}
