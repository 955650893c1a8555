/**
 * 认岗领责: the community's posts with the places left; 认领 opens the 认岗协议 to sign, 退出岗位
 * asks first. A post I hold says since when.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { formatDateTime } from '@/utils/format';
import { toast } from '@/utils/nav';
import { leavePost, postsOf, type PostView } from '../../api';
import { ClaimForm } from '../../components/ClaimForm';
import { type MemberCommunity, MemberGate } from '../../components/MemberGate';
import '../../party.scss';

function PostCard(p: { c: MemberCommunity; post: PostView; agreement: string; onChanged: () => void }) {
  const { post } = p;
  const [claiming, setClaiming] = useState(false);
  const left = Math.max(0, post.capacity - post.claimed);
  const leave = async () => {
    const ok = await Taro.showModal({ title: '退出岗位', content: `确定退出「${post.title}」吗？` });
    if (!ok.confirm) return;
    const res = await leavePost(p.c.id, post._id);
    if (!res.ok) return toast(res.message);
    toast('已退出岗位');
    p.onChanged();
  };
  return (
    <View className="lx-card" role="listitem" aria-label={post.title}>
      <View className="lx-card__row">
        <Text className="lx-card__title">{post.title}</Text>
        {post.mine ? (
          <Text className="lx-tag lx-tag--ok">已认领</Text>
        ) : (
          <Text className={`lx-tag ${left ? 'lx-tag--info' : 'lx-tag--muted'}`}>
            {left ? `还差 ${left} 人` : '已满员'}
          </Text>
        )}
      </View>
      <Text className="lx-card__label">
        {post.category} · 共 {post.capacity} 人，已认领 {post.claimed} 人
      </Text>
      <Text className="lx-card__text">{post.description}</Text>
      {post.mine ? <Text className="lx-card__label">{formatDateTime(post.mine.signedAt)} 签署认岗协议</Text> : null}
      <View className="lx-party__actions">
        {post.mine ? (
          <Button type="default" size="large" onClick={() => void leave()}>
            退出岗位
          </Button>
        ) : left && post.active && !claiming ? (
          <Button type="primary" size="large" onClick={() => setClaiming(true)}>
            认领
          </Button>
        ) : null}
      </View>
      {claiming && !post.mine ? (
        <ClaimForm
          communityId={p.c.id}
          post={post}
          agreement={p.agreement}
          onDone={() => {
            setClaiming(false);
            p.onChanged();
          }}
        />
      ) : null}
    </View>
  );
}

function Posts({ c }: { c: MemberCommunity }) {
  const posts = useRemote(() => postsOf(c.id), [c.id]);
  if (posts.loading && !posts.data) return <LoadingView />;
  if (!posts.data) return <ErrorView error={posts.error} onRetry={() => void posts.reload()} />;
  const open = posts.data.posts.filter((x) => x.active || x.mine);
  if (!open.length) return <EmptyView text="社区还没有开放认领的岗位" />;
  return (
    <View className="lx-page lx-party" role="list" aria-label={`${c.name}的岗位`}>
      <Text className="lx-section__title">{c.name}</Text>
      {open.map((post) => (
        <PostCard
          key={post._id}
          c={c}
          post={post}
          agreement={posts.data?.agreement ?? ''}
          onChanged={() => void posts.reload()}
        />
      ))}
    </View>
  );
}

function PostsPage() {
  return <MemberGate>{(c) => <Posts c={c} />}</MemberGate>;
}

export default withPageRoot(PostsPage);
