/**
 * The demo residency program. Alderbrook and its medical center are fictional; the two national
 * lines (the Physician Support Line and 988) are real, and their numbers were checked against their
 * own websites (see README.md). The program's own contacts use example.org and 555-01xx numbers.
 */
import type { SeedProgram } from './types.js';

export const program: SeedProgram = {
  id: 'alderbrook-gme',
  name: 'Alderbrook Regional Medical Center — Graduate Medical Education',
  timeZone: 'America/New_York',
  region: 'US-NJ',
  locales: ['en', 'es', 'fr', 'pt-BR', 'ar', 'hi'],
  defaultLocale: 'en',
  supportResources: [
    {
      id: 'physician-support-line',
      kind: 'support-line',
      name: 'Physician Support Line',
      description:
        'Free, confidential peer support from volunteer psychiatrists, for physicians and medical students. No appointment needed, and calls are not reportable to licensing boards. Hours can change, so please check their website.',
      phone: '1-888-409-0141',
      sms: null,
      url: 'https://www.physiciansupportline.com',
      email: null,
      hours: '8am–1am ET, Monday to Friday',
    },
    {
      id: '988-lifeline',
      kind: 'crisis',
      name: '988 Suicide & Crisis Lifeline',
      description:
        'If you are in crisis or thinking about suicide, call or text 988 at any time to reach a trained counselor. It is free and confidential. If you are in immediate danger, call 911.',
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org',
      email: null,
      hours: '24 hours a day, 7 days a week',
    },
    {
      id: 'alderbrook-eap',
      kind: 'program',
      name: 'Alderbrook Employee Assistance Program',
      description:
        'Short-term counseling for you and your household, paid for by the hospital and kept separate from your training record. Call to talk to someone or to book a first appointment.',
      phone: '+1-973-555-0117',
      sms: null,
      url: 'https://eap.example.org',
      email: 'eap@example.org',
      hours: 'Phone line open 24/7; appointments on weekdays',
    },
    {
      id: 'gme-wellness-lead',
      kind: 'program',
      name: 'Lena Brooks, GME Wellness Lead',
      description:
        'Lena helps residents find support, time off for appointments, or a quiet word with someone. You can write or call her directly; what you share stays private unless you ask her to involve someone or your safety is at risk.',
      phone: '+1-973-555-0123',
      sms: null,
      url: null,
      email: 'lena.brooks@example.org',
      hours: 'Weekdays, 9am–5pm',
    },
  ],
};
