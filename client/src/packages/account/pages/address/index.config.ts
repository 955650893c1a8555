export default definePageConfig({ navigationBarTitleText: '绑定住址' });
