/**
 * Where an unknown address lands (app.tsx's onPageNotFound redirects here, in WeChat and in h5): a
 * blank screen tells the user nothing, so this says what happened and leads back to 首页.
 */
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView } from '@/components/StateViews';
import { PAGES } from '@/utils/nav';

function NotFoundPage() {
  return (
    <EmptyView text="找不到页面" hint="这个页面不存在，或者已经搬走了">
      <Button
        className="lx-state__retry"
        type="primary"
        size="large"
        onClick={() => void Taro.switchTab({ url: PAGES.home })}
      >
        返回首页
      </Button>
    </EmptyView>
  );
}

export default withPageRoot(NotFoundPage);
