/**
 * The weekly well-being check-in, in English and Spanish. Under a minute: seven taps and an
 * optional note. Items 3–5 are the UCLA 3-item Loneliness Scale (Hughes et al., 2004); their
 * English wording and answer options are the published instrument and must not be edited. The
 * Spanish wording of those three items is our own translation, not a separately validated version.
 */
import { PROGRAM_DIRECTOR_ID, WELLNESS_LEAD_ID } from './people.js';
import type { SeedCheckInForm } from './types.js';

export const CHECK_IN_FORM_ID = 'weekly-v1';

/** The item ids, shared by every locale of the form and by the seeded history. */
export const ITEM = {
  mood: 'mood',
  sleep: 'sleep',
  uclaCompanionship: 'ucla-companionship',
  uclaLeftOut: 'ucla-left-out',
  uclaIsolated: 'ucla-isolated',
  workload: 'workload',
  safety: 'safety',
  note: 'note',
} as const;

const ucla = (labels: [string, string, string]) => [
  { value: 1, label: labels[0] },
  { value: 2, label: labels[1] },
  { value: 3, label: labels[2] },
];

const en: SeedCheckInForm = {
  id: CHECK_IN_FORM_ID,
  cadenceDays: 7,
  items: [
    {
      id: ITEM.mood,
      kind: 'scale',
      prompt: 'How has your mood and energy been this week?',
      help: null,
      required: true,
      measure: 'mood',
      better: 'higher',
      options: [
        { value: 1, label: 'Very low' },
        { value: 2, label: 'Low' },
        { value: 3, label: 'Okay' },
        { value: 4, label: 'Good' },
        { value: 5, label: 'Very good' },
      ],
    },
    {
      id: ITEM.sleep,
      kind: 'scale',
      prompt: 'How well have you been sleeping?',
      help: 'Think of the nights you were not on call.',
      required: true,
      measure: 'sleep',
      better: 'higher',
      options: [
        { value: 1, label: 'Very poorly' },
        { value: 2, label: 'Poorly' },
        { value: 3, label: 'Okay' },
        { value: 4, label: 'Well' },
        { value: 5, label: 'Very well' },
      ],
    },
    {
      id: ITEM.uclaCompanionship,
      kind: 'scale',
      prompt: 'How often do you feel that you lack companionship?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Hardly ever', 'Some of the time', 'Often']),
    },
    {
      id: ITEM.uclaLeftOut,
      kind: 'scale',
      prompt: 'How often do you feel left out?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Hardly ever', 'Some of the time', 'Often']),
    },
    {
      id: ITEM.uclaIsolated,
      kind: 'scale',
      prompt: 'How often do you feel isolated from others?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Hardly ever', 'Some of the time', 'Often']),
    },
    {
      id: ITEM.workload,
      kind: 'scale',
      prompt: 'How did your workload feel this week?',
      help: null,
      required: true,
      measure: 'workload',
      better: 'lower',
      options: [
        { value: 1, label: 'Light' },
        { value: 2, label: 'Manageable' },
        { value: 3, label: 'Busy' },
        { value: 4, label: 'Very heavy' },
        { value: 5, label: 'More than I could manage' },
      ],
    },
    {
      id: ITEM.safety,
      kind: 'scale',
      prompt:
        'This week I could ask a question or admit I didn’t understand something without worrying how it would look.',
      help: null,
      required: true,
      measure: 'safety',
      better: 'higher',
      options: [
        { value: 1, label: 'Not at all true' },
        { value: 2, label: 'Rarely true' },
        { value: 3, label: 'Sometimes true' },
        { value: 4, label: 'Mostly true' },
        { value: 5, label: 'Completely true' },
      ],
    },
    {
      id: ITEM.note,
      kind: 'text',
      prompt: 'Anything you’d like to add for yourself?',
      // Said as it is: the server returns this answer to no one, the resident included.
      help: 'No one reads this, your program included, and it is not shown back to you. To tell someone, ask them to reach out below.',
      required: false,
      maxLength: 500,
    },
  ],
  contactOptions: [
    {
      id: 'mentor',
      label: 'My mentor',
      description:
        'Your mentor gets a note that you’d like to talk, and will get in touch to find a time.',
      routesTo: 'mentor',
    },
    {
      id: 'wellness-lead',
      label: 'The wellness lead',
      description: 'Lena Brooks, the GME wellness lead, will reach out within two working days.',
      routesTo: WELLNESS_LEAD_ID,
    },
    {
      id: 'program-director',
      label: 'The program director',
      description: 'Dr. Kessler will contact you privately to set up a conversation.',
      routesTo: PROGRAM_DIRECTOR_ID,
    },
  ],
};

const es: SeedCheckInForm = {
  id: CHECK_IN_FORM_ID,
  cadenceDays: 7,
  items: [
    {
      id: ITEM.mood,
      kind: 'scale',
      prompt: '¿Cómo te has sentido de ánimo y energía esta semana?',
      help: null,
      required: true,
      measure: 'mood',
      better: 'higher',
      options: [
        { value: 1, label: 'Muy mal' },
        { value: 2, label: 'Mal' },
        { value: 3, label: 'Regular' },
        { value: 4, label: 'Bien' },
        { value: 5, label: 'Muy bien' },
      ],
    },
    {
      id: ITEM.sleep,
      kind: 'scale',
      prompt: '¿Qué tal has dormido esta semana?',
      help: 'Piensa en las noches en que no estabas de guardia.',
      required: true,
      measure: 'sleep',
      better: 'higher',
      options: [
        { value: 1, label: 'Muy mal' },
        { value: 2, label: 'Mal' },
        { value: 3, label: 'Regular' },
        { value: 4, label: 'Bien' },
        { value: 5, label: 'Muy bien' },
      ],
    },
    {
      id: ITEM.uclaCompanionship,
      kind: 'scale',
      prompt: '¿Con qué frecuencia sientes que te falta compañía?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Casi nunca', 'A veces', 'A menudo']),
    },
    {
      id: ITEM.uclaLeftOut,
      kind: 'scale',
      prompt: '¿Con qué frecuencia sientes que te dejan de lado?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Casi nunca', 'A veces', 'A menudo']),
    },
    {
      id: ITEM.uclaIsolated,
      kind: 'scale',
      prompt: '¿Con qué frecuencia te sientes aislado o aislada de los demás?',
      help: null,
      required: true,
      measure: 'ucla-3',
      better: 'lower',
      options: ucla(['Casi nunca', 'A veces', 'A menudo']),
    },
    {
      id: ITEM.workload,
      kind: 'scale',
      prompt: '¿Cómo sentiste tu carga de trabajo esta semana?',
      help: null,
      required: true,
      measure: 'workload',
      better: 'lower',
      options: [
        { value: 1, label: 'Ligera' },
        { value: 2, label: 'Llevadera' },
        { value: 3, label: 'Intensa' },
        { value: 4, label: 'Muy pesada' },
        { value: 5, label: 'Más de lo que podía manejar' },
      ],
    },
    {
      id: ITEM.safety,
      kind: 'scale',
      prompt:
        'Esta semana pude hacer una pregunta o reconocer que no entendía algo sin preocuparme por cómo se vería.',
      help: null,
      required: true,
      measure: 'safety',
      better: 'higher',
      options: [
        { value: 1, label: 'Nada cierto' },
        { value: 2, label: 'Pocas veces cierto' },
        { value: 3, label: 'A veces cierto' },
        { value: 4, label: 'Casi siempre cierto' },
        { value: 5, label: 'Totalmente cierto' },
      ],
    },
    {
      id: ITEM.note,
      kind: 'text',
      prompt: '¿Algo más que quieras añadir para ti?',
      help: 'Nadie lo lee, tampoco tu programa, y no se te vuelve a mostrar. Para contárselo a alguien, pide abajo que se pongan en contacto contigo.',
      required: false,
      maxLength: 500,
    },
  ],
  contactOptions: [
    {
      id: 'mentor',
      label: 'Mi mentor o mentora',
      description:
        'Tu mentor recibe un aviso de que te gustaría hablar y se pondrá en contacto para buscar un momento.',
      routesTo: 'mentor',
    },
    {
      id: 'wellness-lead',
      label: 'La responsable de bienestar',
      description:
        'Lena Brooks, responsable de bienestar de GME, se comunicará contigo en un plazo de dos días hábiles.',
      routesTo: WELLNESS_LEAD_ID,
    },
    {
      id: 'program-director',
      label: 'La directora del programa',
      description:
        'La Dra. Kessler se comunicará contigo en privado para acordar una conversación.',
      routesTo: PROGRAM_DIRECTOR_ID,
    },
  ],
};

export const checkInForms: Record<string, SeedCheckInForm> = { en, es };
