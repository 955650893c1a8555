export default definePageConfig({ navigationBarTitleText: '连心网格', enablePullDownRefresh: true });
