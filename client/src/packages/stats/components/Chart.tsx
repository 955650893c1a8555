/**
 * A uCharts chart on a Taro 2d canvas, the same code in WeChat and in h5: find the canvas node by its
 * id, size its bitmap to its CSS size times the pixel ratio, and hand its 2d context to uCharts
 * (which adds the old-API setters it calls to a standard context itself). The library is imported
 * here only, so it lands in the stats subpackage and never in the main package.
 *
 * The picture is for the eye; the figures are in the table beside it (ChartSection), and the canvas
 * carries a one-sentence summary as its accessible name.
 */
import { useEffect, useState } from 'react';
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import UCharts from '@qiun/ucharts/u-charts.min.js';
import { chartOptions, chartSummary, type ChartSpec, designHeight } from './chartData';

let seq = 0;
/** h5 keeps earlier pages in the DOM and the query looks at the whole document: ids are unique. */
const nextId = () => `lx-chart-${++seq}`;

interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}
interface Found {
  node?: CanvasNode | null;
}
interface Rect {
  width?: number;
  height?: number;
}

/** The canvas is drawn by the platform after React commits: ask again for a while until it is there. */
const TRIES = 20;
const RETRY_MS = 50;

function findCanvas(id: string, done: (node: CanvasNode, rect: Required<Rect>) => void, tries = TRIES): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const attempt = (left: number) => {
    const query = Taro.createSelectorQuery();
    // h5 answers a node query with the node alone, so the size is asked for separately
    query.select(`#${id}`).fields({ node: true });
    query.select(`#${id}`).boundingClientRect();
    query.exec((res: [Found | null, Rect | null]) => {
      if (stopped) return;
      const node = res?.[0]?.node;
      const { width = 0, height = 0 } = res?.[1] ?? {};
      if (node && width > 0 && height > 0) done(node, { width, height });
      else if (left > 1) timer = setTimeout(() => attempt(left - 1), RETRY_MS);
    });
  };
  attempt(tries);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

export function Chart({ spec }: { spec: ChartSpec }) {
  const [id] = useState(nextId);
  const key = JSON.stringify(spec);
  useEffect(() => {
    let chart: UCharts | undefined;
    const stop = findCanvas(id, (node, rect) => {
      const ctx = node.getContext('2d');
      if (!ctx) return;
      const pixelRatio = Taro.getWindowInfo().pixelRatio || 1;
      const size = {
        width: Math.round(rect.width * pixelRatio),
        height: Math.round(rect.height * pixelRatio),
        pixelRatio,
      };
      node.width = size.width;
      node.height = size.height;
      chart = new UCharts(chartOptions(spec, size, ctx));
    });
    return () => {
      stop();
      chart?.stopAnimation();
    };
  }, [id, key]);
  // in real pixels (the 750-wide design scaled to the window), the same on both platforms
  const height = Math.round((designHeight(spec) * (Taro.getWindowInfo().windowWidth || 375)) / 750);
  // the picture's words for screen readers: a Canvas takes no role, the View around it does
  return (
    <View role="img" aria-label={chartSummary(spec)}>
      <Canvas type="2d" id={id} className="lx-chart__canvas" style={{ height: `${height}px` }} />
    </View>
  );
}
