export default definePageConfig({ navigationBarTitleText: '入户率', enablePullDownRefresh: true });
