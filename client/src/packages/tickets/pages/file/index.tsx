/**
 * 反映问题: needs a bound address (her grid, and the default place) and the categories. Before
 * filing, open tickets like it nearby are offered for 附议; the 提交 tap asks for progress messages.
 * Once filed, the form gives way to a screen that says what happens next (FiledView).
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AddressPrompt } from '@/components/AddressPrompt';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { go, PAGES, ticketUrl, toast } from '@/utils/nav';
import { FiledView } from '../../components/FiledView';
import { FileForm } from '../../components/FileForm';
import '../../tickets.scss';
import { withPageRoot } from '@/components/PageRoot';

/** The filed ticket's number, who handles it and by when: read back, since a retried filing answers its first result. */
function Filed({ id, no }: { id: string; no: string }) {
  const ticket = useRemote(() => callCloud('tickets', 'detail', { id }), [id]);
  const card = useRemote(() => callCloud('org', 'card', {}), []);
  return (
    <View className="lx-page">
      <FiledView
        no={no}
        ticket={ticket.data}
        card={card.data}
        // replace this page: "back" from the ticket should not come back to a finished filing
        onOpen={() => void Taro.redirectTo({ url: ticketUrl(id) })}
        onHome={() => go(PAGES.home)}
      />
    </View>
  );
}

function FileTicketPage() {
  const { me, error, loading, reload } = useMe();
  const categories = useRemote(() => callCloud('tickets', 'categories', {}), []);
  const [filed, setFiled] = useState<{ id: string; no: string }>();

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!me.address) {
    return (
      <View className="lx-page">
        <AddressPrompt />
      </View>
    );
  }
  if (filed) return <Filed id={filed.id} no={filed.no} />;
  if (categories.loading) return <LoadingView />;
  if (!categories.data) return <ErrorView error={categories.error} onRetry={() => void categories.reload()} />;

  return (
    <View className="lx-page">
      <FileForm
        categories={categories.data}
        addressText={me.address.text}
        phone={me.phone}
        upload={uploadPhoto}
        submit={(payload) => callCloud('tickets', 'file', payload)}
        findSimilar={(p) =>
          callCloud('tickets', 'similar', {
            categoryId: p.categoryId,
            ...(p.buildingId ? { buildingId: p.buildingId } : {}),
            ...(p.point ? { point: p.point } : {}),
          })
        }
        join={(t) => callCloud('tickets', 'join', { id: t.id })}
        onJoined={(t) => {
          if (!t.mine && !t.joined) toast('附议成功，办理进度会通知您');
          void Taro.redirectTo({ url: ticketUrl(t.id) });
        }}
        onConsent={() => void askSubscription(['ticketProgress'])}
        onFiled={(t) => setFiled({ id: t.id, no: t.no })}
      />
    </View>
  );
}

export default withPageRoot(FileTicketPage);
