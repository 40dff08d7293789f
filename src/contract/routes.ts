/**
 * Every route of `/v1`, as data. The reference server mounts exactly these routes, validating each
 * request with the schemas named here, and `dist/openapi.json` is generated from this table. The
 * browser never imports this file (it would pull every schema into the bundle).
 */
import * as z from 'zod/mini';
import { Id, Receipt, Text } from './common.js';
import { Health, Me, Program, Role } from './program.js';
import {
  CheckInForm,
  CheckInHistory,
  CheckInReceipt,
  CheckInSubmission,
  SnoozeRequest,
  SnoozeResult,
} from './check-in.js';
import {
  ChatRequest,
  ChatRequestCreate,
  ChatRequestList,
  ChatResponse,
  MenteeList,
  Mentor,
  MentorChangeRequest,
  MentorChangeRequestCreate,
  MyMentor,
  Slot,
  SlotList,
} from './mentor.js';
import {
  PhraseReport,
  PhraseReportCreate,
  Tip,
  TipCategory,
  TipFeedback,
  TipFeedbackResult,
  TipList,
  TipSave,
  TipSaveResult,
  TodayTip,
} from './tips.js';
import { Meetup, MeetupCategory, MeetupList, RsvpRequest, RsvpResult } from './meetups.js';
import {
  Aggregates,
  Assignment,
  AssignmentInput,
  AssignmentList,
  AttendeeList,
  ImportReport,
  MeetupImportRequest,
  MeetupInput,
  MeetupPatch,
  MentorInput,
  MentorPatch,
  OutreachItem,
  OutreachList,
  OutreachUpdate,
  PeopleList,
  SlotInput,
  TipInput,
  TipPatch,
} from './coordinator.js';
import { Locale, Timestamp } from './common.js';
import { Region } from './places.js';

type Schema = z.core.$ZodType;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec {
  method: Method;
  /** OpenAPI style: `/v1/meetups/{id}/rsvp`. */
  path: string;
  summary: string;
  /** Who may call it; `public` needs no token. */
  roles: readonly Role[] | 'public';
  params?: Schema;
  query?: Schema;
  /** A JSON body, or a text body of the given media type (CSV, iCalendar). */
  body?: Schema | { mediaType: 'text/csv' | 'text/calendar' };
  /** Requires an `Idempotency-Key` header: a replay returns the first response. */
  idempotent?: boolean;
  status: 200 | 201 | 204;
  /** A JSON response, `text/calendar`, or nothing (204). */
  response: Schema | 'text/calendar' | null;
}

const anyone = ['resident', 'mentor', 'coordinator'] as const;
const residents = ['resident'] as const;
const mentors = ['mentor'] as const;
const coordinators = ['coordinator'] as const;
const staff = ['mentor', 'coordinator'] as const;

const byId = z.strictObject({ id: Id });
const limit = (max: number) =>
  z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)));

export const TipQuery = z.strictObject({
  region: z.optional(Region),
  category: z.optional(TipCategory),
  locale: z.optional(Locale),
  saved: z.optional(z.enum(['true', 'false'])),
  cursor: z.optional(Text(200)),
  limit: limit(50),
});
export const TodayQuery = z.strictObject({
  region: z.optional(Region),
  locale: z.optional(Locale),
});
export const MeetupQuery = z.strictObject({
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  category: z.optional(MeetupCategory),
  /** `true`: cancelled occurrences too, marked `cancelled`, so a calendar can say so. */
  includeCancelled: z.optional(z.enum(['true', 'false'])),
});
export const SlotQuery = z.strictObject({ from: z.optional(Timestamp), to: z.optional(Timestamp) });
export const HistoryQuery = z.strictObject({ limit: limit(52) });
export const LocaleQuery = z.strictObject({ locale: z.optional(Locale) });
/** Fixed periods only (no time window to choose): see `Aggregates`. */
export const AggregatesQuery = z.strictObject({
  groupBy: z.optional(z.enum(['program', 'training-year'])),
  /** How many of the latest periods that are over (default 6). */
  periods: limit(24),
});

export const routes = {
  // The service, the program and the person.
  health: {
    method: 'get',
    path: '/v1/health',
    summary: 'Is the service up',
    roles: 'public',
    status: 200,
    response: Health,
  },
  program: {
    method: 'get',
    path: '/v1/program',
    summary: 'The residency program: name, time zone, region, locales, support resources',
    roles: anyone,
    status: 200,
    response: Program,
  },
  me: {
    method: 'get',
    path: '/v1/me',
    summary: 'The signed-in person',
    roles: anyone,
    status: 200,
    response: Me,
  },

  // Check-in.
  checkInForm: {
    method: 'get',
    path: '/v1/check-in/form',
    summary: "The program's check-in form, in the requested locale",
    roles: residents,
    query: LocaleQuery,
    status: 200,
    response: CheckInForm,
  },
  checkInSubmit: {
    method: 'post',
    path: '/v1/check-ins',
    summary: 'Submit a check-in',
    roles: residents,
    body: CheckInSubmission,
    idempotent: true,
    status: 201,
    response: CheckInReceipt,
  },
  checkInHistory: {
    method: 'get',
    path: '/v1/check-ins/mine',
    summary: "The resident's own check-ins, newest first",
    roles: residents,
    query: HistoryQuery,
    status: 200,
    response: CheckInHistory,
  },
  checkInSnooze: {
    method: 'post',
    path: '/v1/check-ins/snooze',
    summary: 'Remind me later',
    roles: residents,
    body: SnoozeRequest,
    idempotent: true,
    status: 200,
    response: SnoozeResult,
  },

  // Mentor.
  myMentor: {
    method: 'get',
    path: '/v1/mentor',
    summary: "The resident's near-peer mentor",
    roles: residents,
    status: 200,
    response: MyMentor,
  },
  mentorSlots: {
    method: 'get',
    path: '/v1/mentor/slots',
    summary: "Slots the resident's mentor offers",
    roles: residents,
    query: SlotQuery,
    status: 200,
    response: SlotList,
  },
  chatRequests: {
    method: 'get',
    path: '/v1/mentor/chat-requests',
    summary: 'Chat requests: made by a resident, or addressed to a mentor',
    roles: ['resident', 'mentor'],
    status: 200,
    response: ChatRequestList,
  },
  chatRequestCreate: {
    method: 'post',
    path: '/v1/mentor/chat-requests',
    summary: 'Ask for a coffee chat in an offered slot',
    roles: residents,
    body: ChatRequestCreate,
    idempotent: true,
    status: 201,
    response: ChatRequest,
  },
  chatRequestCancel: {
    method: 'post',
    path: '/v1/mentor/chat-requests/{id}/cancel',
    summary: 'Cancel a chat request',
    roles: residents,
    params: byId,
    idempotent: true,
    status: 200,
    response: ChatRequest,
  },
  chatRequestRespond: {
    method: 'post',
    path: '/v1/mentor/chat-requests/{id}/respond',
    summary: 'Confirm or decline a chat request',
    roles: mentors,
    params: byId,
    body: ChatResponse,
    idempotent: true,
    status: 200,
    response: ChatRequest,
  },
  chatRequestIcs: {
    method: 'get',
    path: '/v1/mentor/chat-requests/{id}/ics',
    summary: 'A confirmed chat as an iCalendar file',
    roles: ['resident', 'mentor'],
    params: byId,
    status: 200,
    response: 'text/calendar',
  },
  mentorChange: {
    method: 'post',
    path: '/v1/mentor/change-requests',
    summary: 'Confidentially ask for a different mentor',
    roles: residents,
    body: MentorChangeRequestCreate,
    idempotent: true,
    status: 201,
    response: Receipt,
  },
  mentees: {
    method: 'get',
    path: '/v1/mentor/mentees',
    summary: "A mentor's mentees",
    roles: mentors,
    status: 200,
    response: MenteeList,
  },

  // Tips.
  tips: {
    method: 'get',
    path: '/v1/tips',
    summary: 'Tips by region, category and locale',
    roles: anyone,
    query: TipQuery,
    status: 200,
    response: TipList,
  },
  tipToday: {
    method: 'get',
    path: '/v1/tips/today',
    summary: "Today's tip for the resident",
    roles: anyone,
    query: TodayQuery,
    status: 200,
    response: TodayTip,
  },
  tipFeedback: {
    method: 'put',
    path: '/v1/tips/{id}/feedback',
    summary: 'Mark a tip helpful or not',
    roles: anyone,
    params: byId,
    body: TipFeedback,
    idempotent: true,
    status: 200,
    response: TipFeedbackResult,
  },
  tipSave: {
    method: 'put',
    path: '/v1/tips/{id}/saved',
    summary: 'Save or unsave a tip',
    roles: anyone,
    params: byId,
    body: TipSave,
    idempotent: true,
    status: 200,
    response: TipSaveResult,
  },
  phraseReport: {
    method: 'post',
    path: '/v1/tips/phrases',
    summary: "Send a phrase the resident didn't understand to the content team",
    roles: anyone,
    body: PhraseReportCreate,
    idempotent: true,
    status: 201,
    response: Receipt,
  },

  // Meetups.
  meetups: {
    method: 'get',
    path: '/v1/meetups',
    summary: 'Meetups in a time range, by category',
    roles: anyone,
    query: MeetupQuery,
    status: 200,
    response: MeetupList,
  },
  meetupRsvp: {
    method: 'put',
    path: '/v1/meetups/{id}/rsvp',
    summary: 'RSVP; capacity and the waitlist are enforced in one transaction',
    roles: residents,
    params: byId,
    body: RsvpRequest,
    idempotent: true,
    status: 200,
    response: RsvpResult,
  },
  meetupIcs: {
    method: 'get',
    path: '/v1/meetups/{id}/ics',
    summary: 'A meetup as an iCalendar file, with its time zone and recurrence',
    roles: anyone,
    params: byId,
    status: 200,
    response: 'text/calendar',
  },

  // Outreach: the residents who asked to be contacted, for the person they chose.
  outreach: {
    method: 'get',
    path: '/v1/outreach',
    summary: 'Requests to be contacted that are addressed to the caller',
    roles: staff,
    status: 200,
    response: OutreachList,
  },
  outreachUpdate: {
    method: 'patch',
    path: '/v1/outreach/{id}',
    summary: 'Mark an outreach request contacted or closed',
    roles: staff,
    params: byId,
    body: OutreachUpdate,
    status: 200,
    response: OutreachItem,
  },

  // Coordinator.
  people: {
    method: 'get',
    path: '/v1/coordinator/people',
    summary: 'Everyone in the program',
    roles: coordinators,
    status: 200,
    response: PeopleList,
  },
  mentorList: {
    method: 'get',
    path: '/v1/coordinator/mentors',
    summary: 'All mentors',
    roles: coordinators,
    status: 200,
    response: z.object({ items: z.array(Mentor) }),
  },
  mentorCreate: {
    method: 'post',
    path: '/v1/coordinator/mentors',
    summary: 'Add a mentor',
    roles: coordinators,
    body: MentorInput,
    idempotent: true,
    status: 201,
    response: Mentor,
  },
  mentorUpdate: {
    method: 'patch',
    path: '/v1/coordinator/mentors/{id}',
    summary: 'Change a mentor',
    roles: coordinators,
    params: byId,
    body: MentorPatch,
    status: 200,
    response: Mentor,
  },
  mentorDelete: {
    method: 'delete',
    path: '/v1/coordinator/mentors/{id}',
    summary: 'Remove a mentor',
    roles: coordinators,
    params: byId,
    status: 204,
    response: null,
  },
  mentorImport: {
    method: 'post',
    path: '/v1/coordinator/mentors/import',
    summary: 'Import mentors from CSV',
    roles: coordinators,
    body: { mediaType: 'text/csv' },
    idempotent: true,
    status: 200,
    response: ImportReport,
  },
  assignmentList: {
    method: 'get',
    path: '/v1/coordinator/assignments',
    summary: 'Mentor–resident assignments',
    roles: coordinators,
    status: 200,
    response: AssignmentList,
  },
  assignmentSet: {
    method: 'put',
    path: '/v1/coordinator/assignments',
    summary: 'Assign a mentor to a resident',
    roles: coordinators,
    body: AssignmentInput,
    idempotent: true,
    status: 200,
    response: Assignment,
  },
  assignmentDelete: {
    method: 'delete',
    path: '/v1/coordinator/assignments/{id}',
    summary: "End a resident's assignment (id: the resident)",
    roles: coordinators,
    params: byId,
    status: 204,
    response: null,
  },
  slotCreate: {
    method: 'post',
    path: '/v1/coordinator/slots',
    summary: 'Offer a slot for a mentor',
    roles: coordinators,
    body: SlotInput,
    idempotent: true,
    status: 201,
    response: Slot,
  },
  slotDelete: {
    method: 'delete',
    path: '/v1/coordinator/slots/{id}',
    summary: 'Withdraw an offered slot',
    roles: coordinators,
    params: byId,
    status: 204,
    response: null,
  },
  mentorChangeList: {
    method: 'get',
    path: '/v1/coordinator/mentor-change-requests',
    summary: 'Requests for a different mentor',
    roles: coordinators,
    status: 200,
    response: z.object({ items: z.array(MentorChangeRequest) }),
  },
  tipCreate: {
    method: 'post',
    path: '/v1/coordinator/tips',
    summary: 'Add a tip or a translation',
    roles: coordinators,
    body: TipInput,
    idempotent: true,
    status: 201,
    response: Tip,
  },
  tipUpdate: {
    method: 'patch',
    path: '/v1/coordinator/tips/{id}',
    summary: 'Change a tip',
    roles: coordinators,
    params: byId,
    body: TipPatch,
    status: 200,
    response: Tip,
  },
  tipDelete: {
    method: 'delete',
    path: '/v1/coordinator/tips/{id}',
    summary: 'Remove a tip',
    roles: coordinators,
    params: byId,
    status: 204,
    response: null,
  },
  phraseList: {
    method: 'get',
    path: '/v1/coordinator/phrases',
    summary: 'Phrases residents did not understand',
    roles: coordinators,
    status: 200,
    response: z.object({ items: z.array(PhraseReport) }),
  },
  meetupCreate: {
    method: 'post',
    path: '/v1/coordinator/meetups',
    summary: 'Add a meetup or a recurring series',
    roles: coordinators,
    body: MeetupInput,
    idempotent: true,
    status: 201,
    response: Meetup,
  },
  meetupUpdate: {
    method: 'patch',
    path: '/v1/coordinator/meetups/{id}',
    summary: 'Change a meetup',
    roles: coordinators,
    params: byId,
    body: MeetupPatch,
    status: 200,
    response: Meetup,
  },
  meetupDelete: {
    method: 'delete',
    path: '/v1/coordinator/meetups/{id}',
    summary: 'Cancel a meetup',
    roles: coordinators,
    params: byId,
    status: 204,
    response: null,
  },
  meetupAttendees: {
    method: 'get',
    path: '/v1/coordinator/meetups/{id}/attendees',
    summary: "A meetup's RSVPs and waitlist",
    roles: coordinators,
    params: byId,
    status: 200,
    response: AttendeeList,
  },
  meetupImport: {
    method: 'post',
    path: '/v1/coordinator/meetups/import',
    summary: "Import a partner organisation's iCalendar feed",
    roles: coordinators,
    body: MeetupImportRequest,
    idempotent: true,
    status: 200,
    response: ImportReport,
  },
  aggregates: {
    method: 'get',
    path: '/v1/coordinator/check-ins/aggregates',
    summary: 'Check-in figures per month or week, for groups of at least 5 residents',
    roles: coordinators,
    query: AggregatesQuery,
    status: 200,
    response: Aggregates,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof routes;
