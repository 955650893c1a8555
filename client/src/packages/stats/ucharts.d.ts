// @qiun/ucharts ships no types. Only what Chart.tsx uses is declared.
declare module '@qiun/ucharts/u-charts.min.js' {
  export default class UCharts {
    constructor(opts: Record<string, unknown>);
    addEventListener(type: 'renderComplete', listener: () => void): void;
    stopAnimation(): void;
  }
}
