export default definePageConfig({ navigationBarTitleText: '我经手的', enablePullDownRefresh: true });
