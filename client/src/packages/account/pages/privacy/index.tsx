/**
 * 隐私政策: what 连心网格 collects, why, who sees it, how long it is kept, and how to see, export or
 * delete it. Plain words for residents; linked from 我的 and from the consent sheet.
 */
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { withPageRoot } from '@/components/PageRoot';
import { setReadingPolicy } from '@/services/privacy';
import { go, PAGES } from '@/utils/nav';
import '../../privacy.scss';

interface Part {
  title: string;
  lines: string[];
}

const PARTS: Part[] = [
  {
    title: '我们收集什么',
    lines: [
      '微信身份标识（openid）：用来认出是您，不会给别人看。',
      '昵称、头像：您在“个人资料”里填的。',
      '手机号：只有您自己填写时才有，用于网格员联系您。',
      '住址：您绑定的小区、楼栋、房号，用来把您的事交给对应的网格员。',
      '照片：您反映问题时自己选择或拍摄的照片。',
      '位置：只在您在地图上选住址、或参加志愿活动定位签到时使用，签到只记是否在活动范围内。',
      '您反映的问题、评价、催办记录；党员报到、志愿服务和积分记录（如有）。',
    ],
  },
  {
    title: '为什么收集',
    lines: [
      '只为办好您的事：把问题交给负责的人、联系您、告诉您进展。我们不收集办事不需要的信息，不做广告，不卖给任何人。',
    ],
  },
  {
    title: '谁能看到',
    lines: [
      '只有处理您这件事的网格员、社区和街道工作人员，以及负责督办的人员能看到您的姓名和电话。',
      '其他居民（例如附议同一问题的人）看不到您的姓名、电话和照片。',
      '匿名反映时，您的姓名不会显示给处理人员以外的人。',
    ],
  },
  {
    title: '保存多久',
    lines: [
      '您的账号信息保存到您注销账号为止。',
      '您反映的问题办结后作为工作记录保存；注销账号后，这些记录会去掉您的姓名、电话和微信身份，只显示“已注销用户”。',
    ],
  },
  {
    title: '您可以做什么',
    lines: [
      '查看和导出：在“我的 → 我的数据”里查看我们保存的关于您的全部信息，并导出为文件。',
      '更正：在“个人资料”“我的住址”里修改；不想留电话，可以把电话清空。',
      '删除：在“我的 → 我的数据”里注销账号。',
      '撤回同意：在微信“设置 → 隐私”里可以撤回授权；撤回后相关功能（选照片、定位）将不能使用。',
    ],
  },
  {
    title: '联系我们',
    lines: ['对个人信息有疑问，可以联系您所在社区的工作人员，或在“我的 → 我的连心卡”里找到网格员电话。'],
  },
];

function PrivacyPage() {
  // opened from the consent sheet: the sheet steps aside while she reads, and is there when she returns
  useEffect(() => {
    setReadingPolicy(true);
    return () => setReadingPolicy(false);
  }, []);
  return (
    <View className="lx-page lx-privacy">
      <Text className="lx-privacy__lead">
        连心网格由街道和社区用来接收和办理居民反映的问题。我们只收集办事必需的信息，并且只给处理您事项的人看。
      </Text>
      {PARTS.map((part) => (
        <View key={part.title} className="lx-privacy__part">
          <Text className="lx-privacy__title">{part.title}</Text>
          {part.lines.map((line) => (
            <Text key={line} className="lx-privacy__line">
              {line}
            </Text>
          ))}
        </View>
      ))}
      <View className="lx-privacy__part">
        <Text className="lx-privacy__link" onClick={() => go(PAGES.myData)}>
          查看我的数据
        </Text>
      </View>
    </View>
  );
}

export default withPageRoot(PrivacyPage);
