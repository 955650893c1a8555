export default definePageConfig({ navigationBarTitleText: '入户清单', enablePullDownRefresh: true });
