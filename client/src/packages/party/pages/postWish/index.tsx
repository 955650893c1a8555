/**
 * 提交微心愿 (居民点单): a title and what is needed, sent to the home community for review. The
 * contract's schema checks it and gives the requestId (useZodForm), so a retry posts one wish.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { PostWishPayload } from '@lx/types';
import { SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useZodForm } from '@/hooks/useZodForm';
import { go, PAGES, toast } from '@/utils/nav';
import { postWish } from '../../api';
import { WishFields } from '../../components/WishFields';
import '../../party.scss';

function WishForm({ community }: { community: string }) {
  const form = useZodForm(PostWishPayload, { initial: { title: '', detail: '' }, toastInvalid: true });
  const send = form.submit(async (data) => {
    const res = await postWish(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('已提交，等待社区审核');
    void Taro.redirectTo({ url: `${PAGES.partyWish}?id=${encodeURIComponent(res.data.wishId)}` });
  });
  return (
    <View className="lx-page lx-form lx-party">
      <Text className="lx-card__text">{`心愿交给${community}审核，审核通过后由党员认领帮您办`}</Text>
      <WishFields form={form} />
      <SubmitBar label="提交心愿" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}

function PostWishPage() {
  const { me, loading, error, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!me.address) {
    return (
      <EmptyView text="绑定住址后才能提交微心愿" hint="心愿由您所在的社区审核">
        <Button type="primary" size="large" onClick={() => go(PAGES.address)}>
          绑定住址
        </Button>
      </EmptyView>
    );
  }
  return <WishForm community={me.address.text.split(' ')[0] || '社区'} />;
}

export default withPageRoot(PostWishPage);
