export default definePageConfig({ navigationBarTitleText: '导入组织架构' });
