/** Every route of the contract, implemented: the compiler checks that none is missing. */
import { aggregateHandlers } from './aggregates.js';
import { checkInHandlers } from './check-ins.js';
import { coordinatorContentHandlers } from './coordinator-content.js';
import { coordinatorMeetupHandlers } from './coordinator-meetups.js';
import { coordinatorPeopleHandlers } from './coordinator-people.js';
import type { Handlers } from './handler.js';
import { meetupHandlers } from './meetups.js';
import { mentorHandlers } from './mentor.js';
import { outreachHandlers } from './outreach.js';
import { systemHandlers } from './system.js';
import { tipHandlers } from './tips.js';

export const handlers: Handlers = {
  ...systemHandlers,
  ...checkInHandlers,
  ...mentorHandlers,
  ...tipHandlers,
  ...meetupHandlers,
  ...outreachHandlers,
  ...coordinatorPeopleHandlers,
  ...coordinatorContentHandlers,
  ...coordinatorMeetupHandlers,
  ...aggregateHandlers,
};
