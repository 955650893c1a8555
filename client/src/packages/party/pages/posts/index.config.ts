export default definePageConfig({ navigationBarTitleText: '认岗领责' });
