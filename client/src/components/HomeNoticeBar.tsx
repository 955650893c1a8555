/** Pinned and urgent notices scrolling on 首页 (NutUI NoticeBar); a tap opens the one shown. */
import { Text, View } from '@tarojs/components';
import { NoticeBar } from '@nutui/nutui-react-taro';
import type { ResultOf } from '@lx/types';
import { go, noticeUrl } from '@/utils/nav';
import './notices.scss';

type Item = ResultOf<'notices', 'unread'>['bar'][number];

export function HomeNoticeBar({ items }: { items: Item[] }) {
  if (items.length === 0) return null;
  const lines = items.map((i) => `【${i.categoryLabel}】${i.title}`);
  const open = (line: string) => {
    const item = items[lines.indexOf(line)] ?? items[0];
    go(noticeUrl(item.id));
  };
  // NutUI's default left icon is an <i> that WeChat cannot render without plugin-html: text instead
  const left = <Text className="lx-noticebar__label">公告</Text>;
  return (
    <View onClick={() => items.length === 1 && go(noticeUrl(items[0].id))}>
      {items.length === 1 ? (
        <NoticeBar className="lx-noticebar" content={lines[0]} leftIcon={left} scrollable speed={40} />
      ) : (
        <NoticeBar
          className="lx-noticebar"
          direction="vertical"
          list={lines}
          leftIcon={left}
          duration={2500}
          height={44}
          onItemClick={(_e: unknown, value: unknown) => open(String(value))}
        />
      )}
    </View>
  );
}
