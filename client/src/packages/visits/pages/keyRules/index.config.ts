export default definePageConfig({ navigationBarTitleText: '重点户走访', enablePullDownRefresh: true });
