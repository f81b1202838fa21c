// An accessible SVG bar chart: the numbers are also in a visually hidden table, so screen readers
// and copy-paste get the data, and colours follow the light or dark theme through currentColor.
export type Bar = { label: string; value: number; title?: string };

export function BarChart({ bars, caption, max: fixedMax, unit = '' }: { bars: Bar[]; caption: string; max?: number; unit?: string }) {
  const max = fixedMax ?? Math.max(1, ...bars.map((b) => b.value));
  const width = 100 / Math.max(1, bars.length);
  return (
    <figure className="w-full">
      <svg viewBox="0 0 100 60" className="h-40 w-full text-brand-600 dark:text-brand-300" role="img" aria-label={caption} preserveAspectRatio="none">
        <line x1="0" y1="50" x2="100" y2="50" stroke="currentColor" strokeOpacity="0.3" strokeWidth="0.3" />
        {bars.map((b, i) => {
          const h = (b.value / max) * 46;
          return (
            <rect key={b.label} x={i * width + width * 0.15} y={50 - h} width={width * 0.7} height={h} fill="currentColor" rx="0.8">
              <title>{b.title ?? `${b.label}: ${b.value}${unit}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="flex text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        {bars.map((b) => (
          <div key={b.label} className="flex-1 text-center">
            <div className="font-semibold text-slate-900 dark:text-slate-100">
              {b.value}
              {unit}
            </div>
            <div>{b.label}</div>
          </div>
        ))}
      </div>
      <table className="sr-only">
        <caption>{caption}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>
                {b.value}
                {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
