// Taro's React page wrapper, used by the client tests to render pages as Taro does (untyped upstream).
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type { ComponentType } from 'react';
  export function connectReactPage(react: unknown, id: string): (page: ComponentType) => ComponentType;
  export function createReactApp(app: unknown, react: unknown, dom: unknown, config: unknown): unknown;
}
