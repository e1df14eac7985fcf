// Progress on stderr for long work (multi-file ingest, training, benchmarks). Silent for a single item.
import cliProgress from "cli-progress";

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function createProgress(total: number, title: string, options: { enabled?: boolean } = {}): Progress {
  const enabled = options.enabled ?? total > 1;
  if (!enabled) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${title} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left | {label}`,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: "" });
  return {
    tick(label = "") {
      bar.increment(1, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar.stop();
    },
  };
}
