import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';

/**
 * The dashboard's charts (recharts stays in the dashboard's own chunk: only bureau-dashboard.tsx imports this file).
 * Colours are Mantine's, with at least 3:1 contrast against white; every chart has its numbers in a table beside it.
 */
export const CHART_COLORS = {
  count: '#1971c2', // blue.8
  overdue: '#c92a2a', // red.9
  target: '#868e96', // gray.6
  done: '#099268', // teal.8
};

type Row = Record<string, unknown>;

export interface Series<T> {
  key: keyof T & string;
  name: string;
  color: string;
}

interface BarsProps<T> {
  data: T[];
  /** The category of each bar (axis label). */
  category: keyof T & string;
  series: Series<T>[];
  /** Bars lying down, categories on the left: long or many labels. */
  horizontal?: boolean;
  height?: number;
  onSelect?: (row: T) => void;
  allowDecimals?: boolean;
}

/** Legend entries in the text colour: the series' colours are too light for text. */
const legendText = (value: string) => <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>;

function Frame({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children as never}
      </ResponsiveContainer>
    </div>
  );
}

export function Bars<T>({ data, category, series, horizontal = false, height, onSelect, allowDecimals = false }: BarsProps<T>) {
  const h = height ?? (horizontal ? Math.max(160, 34 * data.length + 60) : 280);
  const rows = data as unknown as Row[];
  const key: string = category;
  return (
    <Frame height={h}>
      <BarChart
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 4, left: horizontal ? 8 : 0 }}
        style={onSelect ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={allowDecimals} />
            <YAxis type="category" dataKey={key} width={110} tick={{ fontSize: 12 }} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={key} tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={allowDecimals} width={40} />
          </>
        )}
        <Tooltip />
        {series.length > 1 ? <Legend formatter={legendText} /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key as string}
            name={s.name}
            fill={s.color}
            isAnimationActive={false}
            maxBarSize={horizontal ? 22 : 48}
            onClick={onSelect ? (_item, index) => data[index] && onSelect(data[index]) : undefined}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

interface LineProps<T> {
  data: T[];
  category: keyof T & string;
  series: Series<T>;
  height?: number;
}

export function TrendLine<T>({ data, category, series, height = 260 }: LineProps<T>) {
  return (
    <Frame height={height}>
      <LineChart data={data as unknown as Row[]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={category as string} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Line type="linear" dataKey={series.key as string} name={series.name} stroke={series.color} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}
