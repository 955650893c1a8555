export default definePageConfig({ navigationBarTitleText: '连心卡', enableShareAppMessage: true });
