/**
 * The confidential check-in. Answers are stored for scoring and are never returned by any route:
 * the resident's history carries only the well-being index and the support suggestion, and the
 * program sees aggregates of at least five people (`aggregates.ts`) and explicit requests to be
 * contacted (`outreach.ts`).
 */
import type { CheckInItem, CheckInSubmission } from '../../src/contract/index.js';
import type { Queryable } from '../db/db.js';
import { newId } from '../data/ids.js';
import { iso, json } from '../data/json.js';
import { languageMatch, storedLocaleOf } from '../data/locale.js';
import { noProgramYet } from '../data/program.js';
import { badRequest, PROBLEM_TYPE, ProblemError, type FieldError } from '../problem.js';
import { scoreCheckIn } from '../scoring.js';
import { addMs, DAY_MS } from '../time.js';
import type { HandlerGroup } from './handler.js';

/** A contact option as stored: who it reaches stays on the server. */
interface StoredContactOption {
  id: string;
  label: string;
  description: string | null;
  /** `mentor`: the resident's assigned mentor; otherwise a person's id. */
  routesTo: string;
}

interface StoredForm {
  formId: string;
  locale: string;
  cadenceDays: number;
  items: CheckInItem[];
  contactOptions: StoredContactOption[];
}

interface FormRow {
  locale: string;
  form_id: string;
  cadence_days: number;
  items: CheckInItem[];
  contact_options: StoredContactOption[];
}

const FORM_COLUMNS = 'locale, form_id, cadence_days, items, contact_options';

function formFromRow(row: FormRow): StoredForm {
  return {
    formId: row.form_id,
    locale: row.locale,
    cadenceDays: row.cadence_days,
    items: row.items,
    contactOptions: row.contact_options,
  };
}

/**
 * The form in `locale` (null: the resident's stored language, else the program's default), else
 * in its language (`pt` for `pt-BR`), else in that language for another region (`pt-BR` for
 * `pt-PT`), else in the program's default, else English, else any; and whether the resident has
 * a mentor. One round trip, since every check-in widget that opens asks for the form.
 */
async function formFor(
  db: Queryable,
  locale: string | null,
  residentId: string,
): Promise<{ form: StoredForm; hasMentor: boolean }> {
  const { rows } = await db.query<Partial<FormRow> & { has_mentor: boolean }>(
    `SELECT f.*, EXISTS (SELECT 1 FROM assignments a WHERE a.resident_id = $2) AS has_mentor
     FROM program p
     LEFT JOIN LATERAL (
       SELECT ${FORM_COLUMNS} FROM check_in_forms
       ORDER BY ${languageMatch('locale', `coalesce($1, ${storedLocaleOf('$2')}, p.default_locale)`)} NULLS LAST,
                (locale = p.default_locale) DESC, (locale = 'en') DESC, locale
       LIMIT 1
     ) f ON true`,
    [locale, residentId],
  );
  const row = rows[0];
  if (!row) throw noProgramYet();
  // 404, not 5xx: nothing is broken, the program simply has no check-in (the widget says so calmly).
  if (!row.form_id) {
    throw new ProblemError(404, {
      type: PROBLEM_TYPE.noCheckInForm,
      detail: 'No check-in form is set up for this program.',
    });
  }
  return { form: formFromRow(row as FormRow), hasMentor: row.has_mentor };
}

/** The form a submission names; translations share an id, and scoring does not depend on wording. */
async function formById(db: Queryable, formId: string): Promise<StoredForm | undefined> {
  const { rows } = await db.query<FormRow>(
    `SELECT ${FORM_COLUMNS} FROM check_in_forms WHERE form_id = $1 ORDER BY (locale = 'en') DESC, locale LIMIT 1`,
    [formId],
  );
  return rows[0] && formFromRow(rows[0]);
}

async function assignedMentorId(db: Queryable, residentId: string): Promise<string | null> {
  const { rows } = await db.query<{ mentor_id: string }>(
    'SELECT mentor_id FROM assignments WHERE resident_id = $1',
    [residentId],
  );
  return rows[0]?.mentor_id ?? null;
}

/** The answers as item id → value, after checking each against the form; or a 400 naming the field. */
function checkAnswers(
  form: StoredForm,
  submission: CheckInSubmission,
): Map<string, number | string> {
  const items = new Map(form.items.map((item) => [item.id, item]));
  const answers = new Map<string, number | string>();
  const errors: FieldError[] = [];
  submission.answers.forEach(({ itemId, value }, index) => {
    const item = items.get(itemId);
    if (!item)
      return errors.push({
        field: `answers.${index}.itemId`,
        message: `"${itemId}" is not an item of this form`,
      });
    if (answers.has(itemId))
      return errors.push({ field: `answers.${index}.itemId`, message: 'answered twice' });
    if (item.kind === 'scale') {
      const allowed = item.options.map((option) => option.value);
      if (typeof value !== 'number' || !allowed.includes(value)) {
        return errors.push({
          field: `answers.${index}.value`,
          message: `must be one of ${allowed.join(', ')}`,
        });
      }
    } else if (typeof value !== 'string' || value.length > item.maxLength) {
      return errors.push({
        field: `answers.${index}.value`,
        message: `must be text of at most ${item.maxLength} characters`,
      });
    }
    answers.set(itemId, value);
  });
  for (const item of form.items) {
    if (item.required && !answers.has(item.id))
      errors.push({ field: 'answers', message: `"${item.id}" is required` });
  }
  const scaleAnswered = form.items.some((item) => item.kind === 'scale' && answers.has(item.id));
  if (errors.length === 0 && !scaleAnswered)
    errors.push({ field: 'answers', message: 'answer at least one scale question' });
  if (errors.length > 0) throw badRequest(errors);
  return answers;
}

/** Who a contact request reaches, or a 400 when the chosen option cannot reach anyone. */
async function recipientOf(
  db: Queryable,
  option: StoredContactOption,
  residentId: string,
): Promise<string> {
  if (option.routesTo !== 'mentor') return option.routesTo;
  const mentorId = await assignedMentorId(db, residentId);
  if (!mentorId) {
    throw badRequest([
      {
        field: 'contactRequest.optionId',
        message: 'you have no mentor assigned yet; choose another option',
      },
    ]);
  }
  return mentorId;
}

/**
 * How far back a delayed submission (an outbox delivering late) may date itself: enough for a
 * night on call offline, and short, since a check-in dated into a period of the aggregates that is
 * already published could be read off the difference (`aggregates.ts` waits this long).
 */
export const MAX_ANSWER_AGE_MS = 36 * 60 * 60 * 1000;

export const checkInHandlers: HandlerGroup<
  'checkInForm' | 'checkInSubmit' | 'checkInHistory' | 'checkInSnooze'
> = {
  async checkInForm({ db, caller, query }) {
    // "Ask my mentor" only makes sense once a mentor is assigned.
    const { form, hasMentor } = await formFor(db, query.locale ?? null, caller.id);
    return {
      id: form.formId,
      items: form.items,
      contactOptions: form.contactOptions
        .filter((option) => hasMentor || option.routesTo !== 'mentor')
        .map(({ id, label, description }) => ({ id, label, description })),
      cadenceDays: form.cadenceDays,
      locale: form.locale,
    };
  },

  async checkInSubmit({ app, db, caller, body, now }) {
    const form = await formById(db, body.formId);
    if (!form) throw badRequest([{ field: 'formId', message: 'no such form' }]);
    const answers = checkAnswers(form, body);
    const option =
      body.contactRequest &&
      form.contactOptions.find(({ id }) => id === body.contactRequest!.optionId);
    if (body.contactRequest && !option) {
      throw badRequest([
        { field: 'contactRequest.optionId', message: 'not a contact option of this form' },
      ]);
    }
    const recipient = option && (await recipientOf(db, option, caller.id));

    const answeredAt = body.answeredAt ? new Date(body.answeredAt) : now;
    const submittedAt = new Date(
      Math.min(now.getTime(), Math.max(answeredAt.getTime(), now.getTime() - MAX_ANSWER_AGE_MS)),
    );
    const score = scoreCheckIn(form.items, answers, app.config.lonelinessThreshold);
    const nextDueAt = addMs(submittedAt, form.cadenceDays * DAY_MS);
    const id = newId('chk');
    // A new check-in ends any "remind me later": in the same statement, one round trip fewer.
    await db.query(
      `WITH ended_snooze AS (DELETE FROM check_in_snoozes WHERE resident_id = $2)
       INSERT INTO check_ins (id, resident_id, form_id, submitted_at, received_at, answers, wellbeing, loneliness,
         reasons, support_suggested, next_due_at)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9::text::jsonb, $10, $11)`,
      [
        id,
        caller.id,
        form.formId,
        iso(submittedAt),
        iso(now),
        json(body.answers),
        score.wellbeing,
        score.loneliness,
        json(score.reasons),
        score.reasons.length > 0,
        iso(nextDueAt),
      ],
    );
    if (option && recipient) {
      await db.query(
        `INSERT INTO outreach_requests (id, resident_id, check_in_id, option_id, option_label, option_description,
           routed_to, note, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [
          newId('out'),
          caller.id,
          id,
          option.id,
          option.label,
          option.description,
          recipient,
          body.contactRequest?.note ?? null,
          iso(now),
        ],
      );
    }
    return {
      id,
      submittedAt: iso(submittedAt),
      wellbeing: score.wellbeing,
      support: { suggested: score.reasons.length > 0, reasons: score.reasons },
      contactRequested: option !== undefined,
      nextDueAt: iso(nextDueAt),
    };
  },

  async checkInHistory({ db, caller, query, now }) {
    const { form } = await formFor(db, null, caller.id);
    // Only the caller's own rows, and only the derived figures: never the answers.
    const { rows } = await db.query<{
      id: string;
      submitted_at: Date;
      wellbeing: number;
      reasons: string[];
      support_suggested: boolean;
      next_due_at: Date;
    }>(
      `SELECT id, submitted_at, wellbeing, reasons, support_suggested, next_due_at FROM check_ins
       WHERE resident_id = $1 ORDER BY submitted_at DESC, id DESC LIMIT $2`,
      [caller.id, query.limit ?? 12],
    );
    const snooze = await db.query<{ snoozed_until: Date }>(
      'SELECT snoozed_until FROM check_in_snoozes WHERE resident_id = $1 AND snoozed_until > $2',
      [caller.id, iso(now)],
    );
    const snoozedUntil = snooze.rows[0]?.snoozed_until ?? null;
    const due = rows[0]?.next_due_at ?? null;
    const nextDueAt = snoozedUntil && (!due || snoozedUntil > due) ? snoozedUntil : due;
    return {
      items: rows.map((row) => ({
        id: row.id,
        submittedAt: iso(row.submitted_at),
        wellbeing: row.wellbeing,
        support: { suggested: row.support_suggested, reasons: row.reasons },
      })),
      cadenceDays: form.cadenceDays,
      nextDueAt: nextDueAt && iso(nextDueAt),
      snoozedUntil: snoozedUntil && iso(snoozedUntil),
    };
  },

  async checkInSnooze({ db, caller, body, now }) {
    const snoozedUntil = iso(addMs(now, body.days * DAY_MS));
    await db.query(
      `INSERT INTO check_in_snoozes (resident_id, snoozed_until) VALUES ($1, $2)
       ON CONFLICT (resident_id) DO UPDATE SET snoozed_until = excluded.snoozed_until`,
      [caller.id, snoozedUntil],
    );
    return { nextDueAt: snoozedUntil, snoozedUntil };
  },
};
