export default definePageConfig({ navigationBarTitleText: '类别时限' });
