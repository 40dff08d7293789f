/**
 * The month view: an ARIA grid of the month's days (arrow keys move by a day or a week, Home and End
 * to the week's first and last day, PageUp and PageDown by a month; one day is in the tab order at a
 * time), each day named with its number of meetups, and the focused day's meetups below it. A day
 * shows its count and at most two titles, never every card: a month of 300 meetups stays a grid of
 * 42 small cells. Imported when the agenda/month switch is first focused or pointed at.
 */
import { css, html, nothing } from 'lit';
import { month } from '../../../locales/en/meetups.json';
import {
  MeetupList as ListSchema,
  type Meetup,
  type MeetupList,
} from '../../../src/contract/meetups.js';
import { EndpointController } from '../../../src/core/endpoint-controller.js';
import { runtime } from '../../../src/core/runtime.js';
import type { MeetupView } from '../meetup-calendar.view.js';
import { addDays, dayKey, dayLabel, formatter, noon } from './time.js';

runtime().translations.addSource('meetups', { month });

const TITLES_PER_DAY = 2;
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const DAY_NUMBER: Intl.DateTimeFormatOptions = { day: 'numeric' };
const LONG_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };
const SHORT_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };
const NARROW_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'narrow' };
const HALF_DAY_MS = 43_200_000;

/** The month shown, its meetups, and the focused day. */
export class MonthGrid {
  readonly list: EndpointController<MeetupList>;
  /** The focused day (`2026-12-08`); today, in the program's zone, until moved. */
  private focused: string | null = null;
  /** The start of the month range last fetched. */
  private loaded: string | null = null;
  /** A selector to focus after the next render. */
  focusNext: string | null = null;
  /** A day was tapped or clicked: its meetups, below the grid, are scrolled into view. */
  private reveal = false;

  constructor(readonly view: MeetupView) {
    this.list = new EndpointController(view.host, {
      path: '/v1/meetups',
      schema: ListSchema,
      cache: 'persist',
      query: () => ({ ...this.range(), includeCancelled: 'true' }),
    });
    view.host.addController(this.list);
  }

  get focusDay(): string {
    return this.focused ?? dayKey(Date.now(), this.view.zone);
  }

  /**
   * Moves the focus to `day`, loading its month when it is another one; `reveal` (a tap on the day)
   * also brings its meetups into view, which on a phone are below the grid, out of sight.
   */
  focusOn(day: string, reveal = false): void {
    this.focused = day;
    this.focusNext = `[data-day="${day}"]`;
    this.reveal = reveal;
    this.view.host.requestUpdate();
  }

  /** The first and last day of the focused month. */
  get start(): string {
    return `${this.focusDay.slice(0, 7)}-01`;
  }

  get end(): string {
    const next = addDays(this.start, 31).slice(0, 7);
    return addDays(`${next}-01`, -1);
  }

  /** A day on either side of the month, so every zone's edges are in; days are picked by key. */
  private range() {
    return {
      from: new Date(noon(addDays(this.start, -1)) - HALF_DAY_MS).toISOString(),
      to: new Date(noon(addDays(this.end, 1)) + HALF_DAY_MS).toISOString(),
    };
  }

  /** The month's meetups, if the list loaded is this month's. */
  get value(): MeetupList | undefined {
    const value = this.list.value;
    return value && value.from === this.range().from ? value : undefined;
  }

  /** The month shown has no meetups at all (whatever the filter). */
  get empty(): boolean {
    const list = this.value;
    const inMonth = (meetup: Meetup) => {
      const key = dayKey(Date.parse(meetup.startsAt), meetup.timeZone);
      return key >= this.start && key <= this.end;
    };
    return list !== undefined && !list.items.some(inMonth);
  }

  /** After each render in the month view: fetches the month shown when it changed. */
  updated(): void {
    const target =
      this.focusNext && this.view.host.renderRoot.querySelector<HTMLElement>(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = null;
      if (this.reveal)
        this.view.host.renderRoot
          .querySelector('.month > .day')
          ?.scrollIntoView({ block: 'nearest' });
    }
    // Moved to, or today's month once the zone is known.
    const { from } = this.range();
    if (from !== this.loaded) {
      this.loaded = from;
      void this.list.load();
    }
    if (this.empty) this.view.lookAfter(noon(addDays(this.end, 1)));
  }

  /** Fetches the month again when next shown (another person, endpoint or language). */
  forget(): void {
    this.loaded = null;
  }

  /** Fetches the month again now if it is shown (after an RSVP). */
  refresh(): Promise<void> | undefined {
    return this.value && this.list.load();
  }

  render() {
    return render(this);
  }
}

/** The first day of the week in `lang`: 1 (Monday) to 7 (Sunday). */
function weekStart(lang: string): number {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 7;
  } catch {
    return 7;
  }
}

/** 0 (Sunday) to 6. */
const weekday = (key: string) => new Date(noon(key)).getUTCDay();

/** The month's weeks, each seven day keys (or null outside the month). */
function weeks(first: string, last: string, startDay: number): (string | null)[][] {
  const cells: (string | null)[] = Array((((weekday(first) - startDay) % 7) + 7) % 7).fill(null);
  for (let day = first; day <= last; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7) cells.push(null);
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return rows;
}

function onKeydown(grid: MonthGrid, event: KeyboardEvent, startDay: number): void {
  const { view } = grid;
  const day = grid.focusDay;
  const rtl = view.host.localize.dir === 'rtl';
  const column = (((weekday(day) - startDay) % 7) + 7) % 7;
  const sameDayIn = (months: number) => {
    const date = new Date(noon(day));
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, 12));
    const length = new Date(
      Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12),
    ).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), length));
    return target.toISOString().slice(0, 10);
  };
  const moves: Record<string, () => string> = {
    ArrowRight: () => addDays(day, rtl ? -1 : 1),
    ArrowLeft: () => addDays(day, rtl ? 1 : -1),
    ArrowDown: () => addDays(day, 7),
    ArrowUp: () => addDays(day, -7),
    Home: () => addDays(day, -column),
    End: () => addDays(day, 6 - column),
    PageUp: () => sameDayIn(-1),
    PageDown: () => sameDayIn(1),
  };
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    grid.focusNext = '.day .summary';
    view.host.requestUpdate();
    return;
  }
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  grid.focusOn(move());
}

/** The month's meetups while they load, or why they cannot (offline, with a retry). */
function unavailable(grid: MonthGrid) {
  const { t } = grid.view.host.localize;
  if (!grid.list.error) return html`<p class="muted" role="status">${t('loading')}</p>`;
  return html`<div class="state" role="status">
    <p>${t(navigator.onLine ? 'error.network' : 'offline.body')}</p>
    <button type="button" class="button" part="action" @click=${() => grid.list.load()}>
      ${t('retry')}
    </button>
  </div>`;
}

function render(grid: MonthGrid) {
  const { view } = grid;
  const { t, lang } = view.host.localize;
  const first = grid.start;
  const last = grid.end;
  const list = grid.value;
  const byDay = new Map(view.days(list).map((day) => [day.key, day.items]));
  const startDay = weekStart(lang) % 7;
  const today = dayKey(Date.now(), view.zone);
  const header = Array.from({ length: 7 }, (_, i) => noon(addDays('2026-11-01', startDay + i)));
  const cell = (key: string | null) => {
    if (!key) return html`<td role="gridcell" class="pad"></td>`;
    const items = byDay.get(key) ?? [];
    const titles = items.slice(0, TITLES_PER_DAY).map((meetup) => meetup.title);
    const onCall = view.onCall.has(key);
    // The name holds all the cell shows (its number, count and titles) and whether it is on call.
    // It is text for screen readers, not an aria-label: what the cell shows in short (the number,
    // the count) is not a run of that name, which speech input users would say to reach it.
    const label = [
      dayLabel(lang, key),
      !list
        ? t('loading')
        : items.length
          ? t('month.count', { count: items.length })
          : t('month.none'),
      ...titles,
      onCall ? t('onCall.switch') : '',
    ];
    return html`<td
      role="gridcell"
      data-day=${key}
      tabindex=${key === grid.focusDay ? 0 : -1}
      aria-selected=${key === grid.focusDay}
      aria-current=${key === today ? 'date' : nothing}
      class=${onCall ? 'on-call' : ''}
      @click=${() => grid.focusOn(key, true)}
    >
      <span class="sr-only">${label.filter(Boolean).join(', ')}</span>
      <span class="number" aria-hidden="true">
        ${formatter(lang, 'UTC', DAY_NUMBER).format(noon(key))}
      </span>
      ${items.length ? html`<span class="count" aria-hidden="true">${items.length}</span>` : nothing}
      ${titles.map((title) => html`<span class="title" dir="auto" aria-hidden="true">${title}</span>`)}
    </td>`;
  };
  const title = formatter(lang, 'UTC', MONTH).format(noon(first));
  const shown = grid.focusDay >= first && grid.focusDay <= last;
  const items = byDay.get(grid.focusDay) ?? [];
  return html`<div class="month">
    <div class="month-header">
      <button
        type="button"
        class="step"
        aria-label=${t('month.previous')}
        @click=${() => grid.focusOn(addDays(first, -1).slice(0, 8) + '01')}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <h3 id="month-title" aria-live="polite">${title}</h3>
      <button
        type="button"
        class="step"
        aria-label=${t('month.next')}
        @click=${() => grid.focusOn(addDays(last, 1))}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="scroll">
      <table
        role="grid"
        aria-labelledby="month-title"
        @keydown=${(event: KeyboardEvent) => onKeydown(grid, event, startDay)}
      >
        <thead>
          <tr>
            ${header.map(
              (day) =>
                html`<th scope="col" aria-label=${formatter(lang, 'UTC', LONG_WEEKDAY).format(day)}>
                  <span class="short">${formatter(lang, 'UTC', SHORT_WEEKDAY).format(day)}</span>
                  <span class="narrow">${formatter(lang, 'UTC', NARROW_WEEKDAY).format(day)}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks(first, last, startDay).map(
            (week) =>
              html`<tr>
                ${week.map(cell)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      !list
        ? unavailable(grid)
        : grid.empty
          ? view.nothingHere(t('empty.month'))
          : shown
            ? view.day({ key: grid.focusDay, items })
            : nothing
    }
  </div>`;
}

export const styles = css`
  /* One column no wider than the card: a table's own minimum width would push the grid out of it. */
  .month {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    container-type: inline-size;
  }
  .month-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .step {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
  }
  [dir='rtl'] .step span {
    display: inline-block;
    transform: scaleX(-1);
  }
  /*
   * Seven columns need about 2em each for a day's number: in a card narrower than that (large
   * text on a phone) the grid scrolls sideways on its own, under a header that stays in view.
   */
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    min-inline-size: 14em;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    padding-block: 0.25em;
  }
  td {
    vertical-align: top;
    block-size: 3.5em;
    padding: 0.2em;
    border: 1px solid var(--_border);
    overflow: hidden;
    cursor: pointer;
  }
  td.pad {
    background: var(--_surface-alt);
    cursor: default;
  }
  td[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  td[aria-current='date'] .number {
    color: var(--_on-primary);
    background: var(--_primary);
    border-radius: 50%;
    padding-inline: 0.3em;
  }
  td.on-call {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .number {
    font-weight: 600;
    font-size: 0.875em;
  }
  .count {
    float: inline-end;
    min-inline-size: 1.5em;
    border-radius: 0.75em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 700;
    text-align: center;
  }
  .title {
    display: block;
    font-size: 0.6875em;
    line-height: 1.3;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .narrow {
    display: none;
  }
  /* A narrow grid (a phone, large text, long weekday names): counts only, one-letter weekdays. */
  /* The month's name above its arrows when a row cannot hold all three. */
  @container (max-width: 15em) {
    .month-header h3 {
      order: -1;
      flex-basis: 100%;
      text-align: center;
    }
  }
  @container (max-width: 32em) {
    .title,
    .short {
      display: none;
    }
    .narrow {
      display: inline;
    }
    /* Under the number, in every cell alike: beside a two-digit number it would not fit. */
    .count {
      float: none;
      display: block;
      inline-size: fit-content;
    }
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    /* Today keeps its filled circle, which forced colours would otherwise drop. */
    .count,
    td[aria-current='date'] .number {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
