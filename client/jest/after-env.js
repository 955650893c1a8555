const { configure } = require('@testing-library/react');

// Taro's web components make Testing Library's DOM dumps enormous (and they overflow the printer):
// a failed query says what it looked for, nothing more.
configure({
  // findBy*/waitFor wait up to 5 s, not 1 s: Taro's web components draw asynchronously, and on a
  // loaded 2-core CI machine a page's fields came later than 1 s (a wait, never a looser assertion)
  asyncUtilTimeout: 5000,
  getElementError: (message) => {
    const error = new Error(String(message).split('\n')[0]);
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

afterEach(() => {
  jest.restoreAllMocks();
});
