/**
 * 岗位管理 (community staff): the community's posts (the twelve categories by default), each with how
 * many hold it of how many places; 编辑 changes the places, the duties and whether it is open, 在岗党员
 * lists who holds it and since when (they signed the 认岗协议 then).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { cstDate } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { type StaffCommunity, StaffCommunityGate } from '../../components/StaffCommunityGate';
import { postMembers, postsOf, type PostView } from '../../staffApi';
import { PostEditor } from './PostEditor';
import '../../staff.scss';

function Holders({ post }: { post: PostView }) {
  const list = useRemote(() => postMembers(post.communityId, post._id), [post._id]);
  if (list.loading) return <LoadingView text="正在加载在岗党员…" />;
  if (!list.data) return <ErrorView error={list.error} onRetry={list.reload} />;
  if (!list.data.length) return <Text className="lx-entry__hint">还没有党员认领</Text>;
  return (
    <View role="list" aria-label={`${post.title}的在岗党员`}>
      {list.data.map((m) => (
        <View key={m.userId} role="listitem">
          <Text className="lx-entry__hint">
            {m.name} · {cstDate(m.signedAt)} 签署认岗协议
          </Text>
        </View>
      ))}
    </View>
  );
}

function PostRow({ post, onSaved }: { post: PostView; onSaved: () => void }) {
  const [open, setOpen] = useState<'none' | 'edit' | 'members'>('none');
  const toggle = (o: 'edit' | 'members') => setOpen((was) => (was === o ? 'none' : o));
  return (
    <View className="lx-entry" role="listitem" aria-label={post.title}>
      <View className="lx-entry__body">
        <View className="lx-party-staff__inline">
          <Text className="lx-entry__title">{post.title}</Text>
          {post.active ? null : <Text className="lx-tag lx-tag--muted">停止认领</Text>}
        </View>
        <Text className="lx-entry__hint">
          {post.category} · 已认领 {post.claimed}/{post.capacity} 人
        </Text>
        <Text className="lx-entry__hint">{post.description}</Text>
        <View className="lx-party-staff__actions">
          <View role="button" className="lx-party-staff__link" onClick={() => toggle('edit')}>
            {open === 'edit' ? '收起' : '编辑'}
          </View>
          <View role="button" className="lx-party-staff__link" onClick={() => toggle('members')}>
            {open === 'members' ? '收起在岗党员' : '在岗党员'}
          </View>
        </View>
        {open === 'edit' ? (
          <PostEditor
            post={post}
            onSaved={() => {
              setOpen('none');
              onSaved();
            }}
          />
        ) : null}
        {open === 'members' ? <Holders post={post} /> : null}
      </View>
    </View>
  );
}

function Posts({ community }: { community: StaffCommunity }) {
  const posts = useRemote(() => postsOf(community.id), [community.id]);
  if (posts.loading && !posts.data) return <LoadingView />;
  if (!posts.data) return <ErrorView error={posts.error} onRetry={posts.reload} />;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-party-staff__head">
        <Text className="lx-section__title">{community.name}</Text>
      </View>
      {posts.data.posts.length === 0 ? <EmptyView text="还没有岗位" /> : null}
      <View className="lx-section" role="list" aria-label="岗位">
        {posts.data.posts.map((p) => (
          <PostRow key={p._id} post={p} onSaved={() => void posts.reload()} />
        ))}
      </View>
    </View>
  );
}

function PostAdminPage() {
  return <StaffCommunityGate>{(c) => <Posts community={c} />}</StaffCommunityGate>;
}

export default withPageRoot(PostAdminPage);
