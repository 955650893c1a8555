const { configure } = require('@testing-library/react');

// Taro's web components make Testing Library's DOM dumps enormous (and they overflow the printer):
// a failed query says what it looked for, nothing more.
configure({
  getElementError: (message) => {
    const error = new Error(String(message).split('\n')[0]);
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

afterEach(() => {
  jest.restoreAllMocks();
});
