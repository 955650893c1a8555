export default definePageConfig({ navigationBarTitleText: 'notices' });
