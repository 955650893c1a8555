export default definePageConfig({ navigationBarTitleText: '入户告知清单', enablePullDownRefresh: true });
