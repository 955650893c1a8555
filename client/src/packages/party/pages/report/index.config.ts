export default definePageConfig({ navigationBarTitleText: '季度服务报告', enableShareAppMessage: true });
