export default definePageConfig({ navigationBarTitleText: '输入邀请码' });
