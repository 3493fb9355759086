/**
 * The uPlot charts of the Draws page, loaded only when that page shows them (uPlot stays out
 * of the initial bundle). Each chart has a caption; the table on the page holds the same data.
 */
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { invitationsPerMonth, lowestScoreSeries, type RoundRow } from './series';

const PALETTE = [
  '#b3261e',
  '#1f5fa8',
  '#2e7d32',
  '#8e24aa',
  '#ef6c00',
  '#00838f',
  '#6d4c41',
  '#c2185b',
  '#558b2f',
  '#3949ab',
  '#f9a825',
  '#546e7a',
  '#d84315',
  '#00695c',
];

/** One uPlot chart, as wide as its box; rebuilt when its options or data change. */
function UPlotChart({
  options,
  data,
  label,
}: {
  readonly options: Omit<uPlot.Options, 'width'>;
  readonly data: uPlot.AlignedData;
  readonly label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = () => Math.max(280, Math.floor(element.clientWidth));
    const chart = new uPlot({ ...options, width: width() }, data, element);
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height: chart.height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [options, data]);
  return <div ref={container} role="img" aria-label={label} />;
}

export interface ChartLabels {
  readonly lowestTitle: string;
  readonly invitationsTitle: string;
  readonly score: string;
  readonly invitations: string;
  readonly myScore: string;
  readonly groupName: (group: string) => string;
}

export default function Charts({
  rounds,
  myScore,
  labels,
}: {
  readonly rounds: readonly RoundRow[];
  readonly myScore: number | null;
  readonly labels: ChartLabels;
}) {
  const lowest = useMemo(() => {
    const series = lowestScoreSeries(rounds);
    const mine = myScore === null ? [] : [series.x.map(() => myScore)];
    const options: Omit<uPlot.Options, 'width'> = {
      height: 320,
      scales: { x: { time: true } },
      series: [
        {},
        ...series.series.map((line, index) => ({
          label: labels.groupName(line.key),
          stroke: PALETTE[index % PALETTE.length] as string,
          width: 1.5,
          points: { show: true, size: 4 },
        })),
        ...mine.map(() => ({ label: labels.myScore, stroke: '#000', width: 2, dash: [6, 4] })),
      ],
      legend: { live: false },
      axes: [{}, { label: labels.score }],
    };
    const data = [series.x, ...series.series.map((line) => line.values), ...mine] as uPlot.AlignedData;
    return { options, data };
  }, [rounds, myScore, labels]);

  const monthly = useMemo(() => {
    const { months, totals } = invitationsPerMonth(rounds);
    const options: Omit<uPlot.Options, 'width'> = {
      height: 260,
      scales: { x: { time: true } },
      series: [
        {},
        {
          label: labels.invitations,
          stroke: '#1f5fa8',
          fill: 'rgba(31, 95, 168, 0.45)',
          paths: uPlot.paths.bars?.({ size: [0.8, 40] }),
          points: { show: false },
        },
      ],
      legend: { live: false },
      axes: [{}, { label: labels.invitations }],
    };
    const data: uPlot.AlignedData = [
      months.map((month) => Date.parse(`${month}-01T00:00:00Z`) / 1000),
      totals,
    ];
    return { options, data };
  }, [rounds, labels]);

  return (
    <>
      <figure className="chart">
        <figcaption>{labels.lowestTitle}</figcaption>
        <UPlotChart options={lowest.options} data={lowest.data} label={labels.lowestTitle} />
      </figure>
      <figure className="chart">
        <figcaption>{labels.invitationsTitle}</figcaption>
        <UPlotChart options={monthly.options} data={monthly.data} label={labels.invitationsTitle} />
      </figure>
    </>
  );
}
