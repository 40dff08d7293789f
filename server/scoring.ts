/**
 * Check-in scoring, on the server so that every widget and every program scores alike. Sources
 * and the reasoning behind each number are in server/README.md ("Check-in scoring").
 */
import type { CheckInItem, ScaleItem } from '../src/contract/index.js';

export interface Score {
  /** 0–100, higher is better: the mean of the scale items, each normalised by its `better` end. */
  wellbeing: number;
  /** UCLA 3-item loneliness total (3–9), when every `ucla-3` item was answered; else null. */
  loneliness: number | null;
  reasons: string[];
}

/** Where a value sits between the worst (0) and the best (100) option of a scale item. */
export function normalise(item: ScaleItem, value: number): number {
  const values = item.options.map((option) => option.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high === low) return 100;
  const share = (value - low) / (high - low);
  return (item.better === 'higher' ? share : 1 - share) * 100;
}

/** The worst option of a scale item: its lowest value when higher is better, else its highest. */
function worstValue(item: ScaleItem): number {
  const values = item.options.map((option) => option.value);
  return item.better === 'higher' ? Math.min(...values) : Math.max(...values);
}

/**
 * Scores the answers (item id → value) to a form's items. `lonelinessThreshold` is the program's
 * UCLA-3 cut-off (6 by default).
 */
export function scoreCheckIn(
  items: readonly CheckInItem[],
  answers: ReadonlyMap<string, number | string>,
  lonelinessThreshold: number,
): Score {
  const scales = items.filter((item): item is ScaleItem => item.kind === 'scale');
  const answered = scales.filter((item) => typeof answers.get(item.id) === 'number');
  const normalised = answered.map((item) => normalise(item, answers.get(item.id) as number));
  const mean = normalised.reduce((sum, value) => sum + value, 0) / Math.max(1, normalised.length);
  const wellbeing = Math.round(mean * 10) / 10;

  const reasons: string[] = [];
  const ucla = scales.filter((item) => item.measure === 'ucla-3');
  const uclaAnswers = ucla
    .map((item) => answers.get(item.id))
    .filter((value) => typeof value === 'number');
  const loneliness =
    ucla.length > 0 && uclaAnswers.length === ucla.length
      ? uclaAnswers.reduce((a, b) => a + b, 0)
      : null;
  if (loneliness !== null && loneliness >= lonelinessThreshold) reasons.push('loneliness');

  const lowMood = scales.some(
    (item) => item.measure === 'mood' && answers.get(item.id) === worstValue(item),
  );
  if (lowMood) reasons.push('low-mood');

  return { wellbeing, loneliness, reasons };
}
