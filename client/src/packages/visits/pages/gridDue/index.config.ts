export default definePageConfig({ navigationBarTitleText: '到期走访', enablePullDownRefresh: true });
