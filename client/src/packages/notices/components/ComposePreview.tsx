/** What residents will see, before it is published: the scope's names and the notice as shown. */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { NOTICE_CATEGORY_LABELS, paragraphs } from '@lx/types';
import { type ComposeValues, toPayload } from './composeValues';
import { NoticeBody } from './NoticeBody';

interface Props {
  values: ComposeValues;
  scopeNames: string[];
  orgName: string;
  /** 返回修改 and 发布 */
  actions: ReactNode;
}

export function ComposePreview({ values: v, scopeNames, orgName, actions }: Props) {
  const payload = toPayload(v);
  return (
    <View className="lx-form">
      <Text className="lx-field__hint">预览：居民看到的样子</Text>
      <Text className="lx-field__hint">
        发布范围：
        {scopeNames.filter(Boolean).join('、') || '未选择'}
      </Text>
      <NoticeBody
        title={v.title || '（未填写标题）'}
        category={v.category}
        categoryLabel={NOTICE_CATEGORY_LABELS[v.category]}
        pinned={v.pinned}
        orgName={orgName}
        publishAt={payload.publishAt}
        expiresAt={payload.expiresAt}
        body={[...paragraphs(v.text), ...v.images.map((i) => ({ type: 'img' as const, fileId: i.fileID, url: i.url }))]}
      />
      <View className="lx-compose__actions">{actions}</View>
    </View>
  );
}
