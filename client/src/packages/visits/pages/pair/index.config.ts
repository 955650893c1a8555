export default definePageConfig({ navigationBarTitleText: '新增结对' });
