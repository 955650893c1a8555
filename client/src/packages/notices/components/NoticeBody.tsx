/**
 * A notice as residents read it: title, tags, who and when, then its paragraphs and pictures. The
 * body is data (paragraphs and file ids), rendered with our own components: nothing is parsed as HTML.
 */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NoticeCategory } from '@lx/types';
import { ToneTag } from '@/components/StatusTag';
import { formatDateTime } from '@/utils/format';

export interface BodyBlock {
  type: 'p' | 'img';
  text?: string;
  fileId?: string;
  url?: string;
}

interface Props {
  title: string;
  category: NoticeCategory;
  categoryLabel: string;
  pinned: boolean;
  orgName: string;
  publishAt?: number;
  expiresAt?: number;
  body: BodyBlock[];
}

export function NoticeBody({ title, category, categoryLabel, pinned, orgName, publishAt, expiresAt, body }: Props) {
  const urls = body.filter((b) => b.type === 'img' && b.url).map((b) => b.url!);
  return (
    <View className="lx-notice-body">
      <Text className="lx-notice-body__title">{title}</Text>
      <View className="lx-notice__tags">
        <ToneTag tone={category === 'urgent' ? 'danger' : 'info'}>{categoryLabel}</ToneTag>
        {pinned ? <ToneTag tone="warn">置顶</ToneTag> : null}
      </View>
      <Text className="lx-notice-body__meta">
        {orgName}
        {publishAt ? ` · ${formatDateTime(publishAt)}` : ''}
      </Text>
      {body.map((b, i) =>
        b.type === 'p' ? (
          <Text key={i} className="lx-notice-body__p">
            {b.text}
          </Text>
        ) : b.url ? (
          <Image
            key={i}
            className="lx-notice-body__img"
            src={b.url}
            mode="widthFix"
            onClick={() => void Taro.previewImage({ urls, current: b.url })}
          />
        ) : null,
      )}
      {expiresAt ? <Text className="lx-notice-body__meta">有效期至 {formatDateTime(expiresAt)}</Text> : null}
    </View>
  );
}
