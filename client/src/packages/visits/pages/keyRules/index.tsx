/**
 * 重点户走访 (community staff): per household tag, every how many days the grid's 网格长 visits each
 * household of the community carrying it (the timer makes those visits). A tag without a rule says 未设置.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { HOUSEHOLD_TAGS, type KeyRule } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { keyRulesOf } from '../../api';
import { type Community, CommunityGate } from '../../components/CommunityGate';
import { KeyRuleRow } from '../../components/KeyRuleRow';
import '../../visits.scss';

function KeyRules({ community }: { community: Community }) {
  const rules = useRemote(() => keyRulesOf(community.id), [community.id]);
  // a saved rule shows at once; the next load brings the server's list
  const [saved, setSaved] = useState<Record<string, KeyRule>>({});
  usePullDownRefresh(() => void rules.reload().finally(() => Taro.stopPullDownRefresh()));
  if (rules.loading && !rules.data) return <LoadingView />;
  if (!rules.data) return <ErrorView error={rules.error} onRetry={() => void rules.reload()} />;
  const ruleOf = (tag: string) => saved[tag] ?? rules.data?.find((r) => r.tag === tag);
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit-plans__head">
        <Text className="lx-visit-plans__name">{community.name}</Text>
        <Text className="lx-entry__hint">有这个标签的住户，由所在网格的网格长按周期走访</Text>
      </View>
      {HOUSEHOLD_TAGS.map((tag) => (
        <KeyRuleRow
          key={tag}
          communityId={community.id}
          tag={tag}
          rule={ruleOf(tag)}
          onSaved={(r) => setSaved((s) => ({ ...s, [tag]: r }))}
        />
      ))}
    </View>
  );
}

function KeyRulesPage() {
  return <CommunityGate>{(c) => <KeyRules community={c} />}</CommunityGate>;
}

export default withPageRoot(KeyRulesPage);
