/**
 * Mentor profiles, who mentors whom, and the weekly coffee-chat slots each mentor offers.
 * Residents are matched by a shared language or home region where possible, else by specialty.
 * Two residents (res-olena, res-andre) have no mentor yet, to show the widget's empty state.
 */
import type { SeedAssignment, SeedMentorProfile, SeedSlotPattern } from './types.js';

export const mentorProfiles: SeedMentorProfile[] = [
  {
    personId: 'men-tunde',
    pronouns: 'he/him',
    topics: [
      'Presenting on rounds',
      'Night float survival',
      'J-1 visa paperwork',
      'Step 3 planning',
      'Finding a church or mosque nearby',
    ],
    bio: 'I came to Alderbrook from Lagos and remember my first month of nights very well: the pages, the new accents, the jokes I pretended to get. These days I am chief resident, and I still love talking about how to present a patient so the attending actually hears you. Come with any question, big or small.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'tunde.bakare@example.org' },
      { kind: 'pager', label: 'Pager (urgent only)', value: '+1-973-555-0142' },
      {
        kind: 'teams',
        label: 'Teams chat',
        value: 'https://teams.example.org/l/chat/tunde.bakare',
      },
    ],
  },
  {
    personId: 'men-ravi',
    pronouns: 'he/him',
    topics: [
      'H-1B visa and transfers',
      'Step 3',
      'Finding a temple and Indian groceries',
      'Bringing your family over',
      'Buying a first car',
    ],
    bio: 'I trained in Chennai and did two years of research before matching here in family medicine. My wife and daughter joined me in my first year, so I know the paperwork, the school forms and the long calls home. I am happy to share what worked for us, and what I would do differently.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'ravi.krishnan@example.org' },
      { kind: 'phone', label: 'Mobile (text first)', value: '+1-973-555-0151' },
      {
        kind: 'slack',
        label: 'Residents’ Slack',
        value: 'https://alderbrook-residents.slack.example.org/team/ravi',
      },
    ],
  },
  {
    personId: 'men-layla',
    pronouns: 'she/her',
    topics: [
      'Talking with parents and families',
      'Finding a mosque and halal food',
      'Night shifts and sleep',
      'Research and abstracts',
      'Driver’s license and car insurance',
    ],
    bio: 'I grew up in Alexandria and came to New Jersey for pediatrics. In my first year I learned as much from the NICU nurses as from anyone, and I learned to ask for help sooner. I speak Arabic, English and French, and I am always up for tea and a chat about anything from research to finding a good barber.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'layla.mansour@example.org' },
      {
        kind: 'teams',
        label: 'Teams chat',
        value: 'https://teams.example.org/l/chat/layla.mansour',
      },
    ],
  },
  {
    personId: 'men-beatriz',
    pronouns: 'she/her',
    topics: [
      'Neurology rotations',
      'Research and away electives',
      'J-1 waiver jobs',
      'Staying in touch with family across time zones',
      'Learning idioms and slang',
    ],
    bio: 'I am from Belo Horizonte and I am in Chicago this month for a stroke elective, so my clock is one hour behind yours. I still collect American idioms in a notebook, and I love helping people prepare for their first presentations. Video chats work well for me until I am back.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'beatriz.almeida@example.org' },
      { kind: 'chat', label: 'Video call link', value: 'https://meet.example.org/beatriz-almeida' },
    ],
  },
  {
    personId: 'men-carlos',
    pronouns: 'he/him',
    topics: [
      'Surgical residency and the OR',
      'Feedback from attendings',
      'Life after residency',
      'Credit history and banking',
      'Finding a church and Spanish-language Mass',
      'Fitness when you have no time',
    ],
    bio: 'I graduated from this program two years ago and now work as a general surgeon in Denver, two hours behind New Jersey. Surgery taught me to take blunt feedback without taking it personally, and I am glad to talk that through. I mentor by video or phone, and I answer email within a day.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'carlos.mendoza@example.org' },
      { kind: 'phone', label: 'Phone', value: '+1-973-555-0166' },
    ],
  },
  {
    personId: 'men-nadia',
    pronouns: 'she/her',
    topics: [
      'Psychiatry and therapy supervision',
      'Looking after your own mental health',
      'Visa renewals and consulate trips',
      'Renting your first apartment',
    ],
    bio: 'I grew up in Shiraz, studied in Tehran and matched into psychiatry here after an observership year. I know how lonely the first winter can be, so I try to make the first conversation easy: no agenda, just coffee. I am happy to talk about the practical things too, like leases and visa renewals.',
    contactMethods: [
      { kind: 'email', label: 'Email', value: 'nadia.rahimi@example.org' },
      {
        kind: 'teams',
        label: 'Teams chat',
        value: 'https://teams.example.org/l/chat/nadia.rahimi',
      },
    ],
  },
];

export const assignments: SeedAssignment[] = [
  { residentId: 'res-amara', mentorId: 'men-tunde' }, // Nigeria, internal medicine
  { residentId: 'res-joy', mentorId: 'men-tunde' }, // internal medicine
  { residentId: 'res-arjun', mentorId: 'men-ravi' }, // Hindi, family medicine
  { residentId: 'res-prakash', mentorId: 'men-ravi' }, // Hindi, family medicine
  { residentId: 'res-omar', mentorId: 'men-layla' }, // Arabic and French
  { residentId: 'res-mariam', mentorId: 'men-layla' }, // Egypt, Arabic, pediatrics
  { residentId: 'res-lucas', mentorId: 'men-beatriz' }, // Brazil, Portuguese, neurology
  { residentId: 'res-valeria', mentorId: 'men-carlos' }, // Mexico, Spanish, general surgery
  { residentId: 'res-sana', mentorId: 'men-nadia' }, // psychiatry
  { residentId: 'res-shirin', mentorId: 'men-nadia' }, // Iran, Persian, psychiatry
  // res-olena and res-andre: no mentor yet.
];

const CAFETERIA = 'Hospital cafeteria, ground floor (window tables)';
const GRINDSTONE = 'Grindstone Café, 41 Mill St';

export const slotPatterns: SeedSlotPattern[] = [
  {
    mentorId: 'men-tunde',
    weekday: 2,
    time: '12:30',
    minutes: 30,
    mode: 'in-person',
    place: CAFETERIA,
  },
  {
    mentorId: 'men-tunde',
    weekday: 4,
    time: '18:00',
    minutes: 45,
    mode: 'in-person',
    place: GRINDSTONE,
  },
  { mentorId: 'men-tunde', weekday: 6, time: '10:00', minutes: 30, mode: 'video', place: null },

  { mentorId: 'men-ravi', weekday: 1, time: '17:30', minutes: 30, mode: 'phone', place: null },
  {
    mentorId: 'men-ravi',
    weekday: 3,
    time: '12:15',
    minutes: 30,
    mode: 'in-person',
    place: CAFETERIA,
  },
  {
    mentorId: 'men-ravi',
    weekday: 7,
    time: '11:00',
    minutes: 45,
    mode: 'in-person',
    place: 'Little Fig Bakery & Café, 9 Orchard Ave',
  },

  {
    mentorId: 'men-layla',
    weekday: 2,
    time: '17:45',
    minutes: 45,
    mode: 'in-person',
    place: GRINDSTONE,
  },
  { mentorId: 'men-layla', weekday: 5, time: '12:30', minutes: 30, mode: 'video', place: null },

  // Times are in the mentor's own time zone (America/Chicago).
  { mentorId: 'men-beatriz', weekday: 3, time: '19:00', minutes: 30, mode: 'video', place: null },
  { mentorId: 'men-beatriz', weekday: 6, time: '09:30', minutes: 45, mode: 'video', place: null },

  // Times are in the mentor's own time zone (America/Denver).
  { mentorId: 'men-carlos', weekday: 2, time: '18:30', minutes: 30, mode: 'video', place: null },
  { mentorId: 'men-carlos', weekday: 4, time: '07:00', minutes: 20, mode: 'phone', place: null },
  { mentorId: 'men-carlos', weekday: 7, time: '15:00', minutes: 45, mode: 'video', place: null },

  {
    mentorId: 'men-nadia',
    weekday: 1,
    time: '12:30',
    minutes: 30,
    mode: 'in-person',
    place: CAFETERIA,
  },
  {
    mentorId: 'men-nadia',
    weekday: 4,
    time: '18:30',
    minutes: 45,
    mode: 'in-person',
    place: 'Paper Lantern Books café corner, 214 Market St',
  },
  { mentorId: 'men-nadia', weekday: 6, time: '11:00', minutes: 30, mode: 'phone', place: null },
];
