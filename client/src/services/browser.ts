/** The two things h5 code needs from the browser, behind one object so tests can watch them. */
export const browser = {
  /** where the user is now, to come back to after signing in */
  currentPath: (): string => `${window.location.pathname}${window.location.search}`,
  assign: (url: string): void => window.location.assign(url),
};

/** The local gateway's demo sign-in (h5 only): it sets a cookie and sends the browser back. */
export const signInUrl = (next: string) => `/dev/login?next=${encodeURIComponent(next)}`;
