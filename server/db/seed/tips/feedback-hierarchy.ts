/** Feedback and hierarchy: how supervisors give feedback, names and titles, speaking up. */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const feedbackHierarchy: SeedTip[] = [
  tip({
    id: 'tip-feedback-direct',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Direct feedback is about the work, not about you',
    body: 'Supervisors may say things plainly: “Your presentation was too long — lead with your assessment.” This directness is normal in US training and is used with every resident: it is aimed at the work, for safety and learning, so there is no need to take it personally. Thanking them and asking one follow-up question shows you heard it.',
    whyItMatters:
      'Seeing feedback as information rather than judgement makes it easier to use, and supervisors notice when their advice shows up in your work.',
    trySaying: [
      'Thanks — so next time, assessment first, then the details?',
      'That’s helpful. Is there one thing you’d change first?',
    ],
    idioms: [
      {
        phrase: 'take it personally',
        meaning: 'To feel a comment is an attack on you as a person, rather than about a task.',
        example: 'He corrects everyone’s orders that way, so don’t take it personally.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-sandwich',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Listen for the middle of the “feedback sandwich”',
    body: 'Many supervisors wrap a correction between two compliments: “Great job with the family. Next time, call me before changing the insulin. Overall, a strong week.” This is often called a feedback sandwich, and the middle part is the main message. If the point is not clear, it is fine to ask what they most want you to work on.',
    whyItMatters:
      'Hearing only the compliments can mean missing the one change your supervisor is hoping to see.',
    trySaying: [
      'Thank you. Just to be sure — the main thing is to call you earlier?',
      'What would you most like me to focus on this week?',
    ],
    idioms: [
      {
        phrase: 'feedback sandwich',
        meaning: 'Praise, then a correction, then more praise, to make criticism easier to hear.',
        example: 'It was a feedback sandwich — the bit about my notes is what I need to fix.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-ask',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Ask for feedback, and make the question specific',
    body: 'Asking for feedback is read as a sign of maturity, not weakness. A specific question works best, such as “Is there anything I can adjust in how I present on rounds?” Halfway through a rotation, you can also ask to check in for five minutes, so there are no surprises in the final evaluation.',
    whyItMatters:
      'General questions get general answers; specific ones give you something you can change tomorrow.',
    trySaying: [
      'Is there anything I can adjust in how I present cases?',
      'Could we check in for five minutes before the end of the week?',
    ],
    idioms: [
      {
        phrase: 'check in',
        meaning: 'To have a short conversation to see how things are going.',
        example: 'Can we check in on Friday about how the rotation is going?',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-names-titles',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'First names, titles, and who uses which',
    body: 'Nurses and other staff usually go by first names, and many attendings will invite you to use theirs. Until someone does, “Dr.” with their last name is a safe choice. In front of patients, most teams use titles for all doctors so that the patient knows who is who. Once you are on a first-name basis, first names at the nurses’ station are fine.',
    whyItMatters:
      'Using names the way the team does helps you fit in, and titles in front of patients help them understand who is caring for them.',
    trySaying: [
      'Hi, I’m …, one of the interns on this team. What should I call you?',
      'Should I call you Dr. Kessler, or Miriam?',
    ],
    idioms: [
      {
        phrase: 'on a first-name basis',
        meaning: 'Familiar enough with someone to call each other by first names.',
        example: 'After a month of nights, the whole team was on a first-name basis.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-speak-up',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Anyone can, and should, speak up about safety',
    body: 'US hospitals expect every team member, from a student to an attending, to speak up when something seems unsafe. Many teach a tool from the TeamSTEPPS program called CUS: “I’m Concerned, I’m Uncomfortable, this is a Safety issue.” Saying those words to a senior is not rude; it tells the team to stop and look again.',
    whyItMatters:
      'Many errors are caught because someone junior voiced a doubt, and programs want to hear it.',
    trySaying: [
      'I’m concerned about this dose. Can we look at it together?',
      'I’m uncomfortable sending her home yet — can we recheck the potassium?',
    ],
    idioms: [
      {
        phrase: 'speak up',
        meaning: 'To say what you think, especially a concern, clearly and out loud.',
        example: 'If the dose looks wrong, speak up, even in the middle of rounds.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-dont-know',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: '“I don’t know, I’ll find out” is a strong answer',
    body: 'When a senior asks something you are unsure of, a confident guess is riskier than an honest “I don’t know.” The answer that earns respect is “I don’t know, but I’ll find out and get back to you by noon.” Then do it, even if the answer turns out to be short.',
    whyItMatters:
      'Teams plan care around what you tell them, so being clear about what you do not know yet keeps patients safe.',
    trySaying: [
      'I’m not sure — I’ll look it up and get back to you.',
      'I don’t know yet. The echo should be read by two; I’ll update you then.',
    ],
    idioms: [
      {
        phrase: 'get back to you',
        meaning: 'To reply later, once you have the information.',
        example: 'Let me check the culture results and get back to you.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-nurses',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Nurses are your partners, and often your best teachers',
    body: 'Experienced nurses may suggest an order, question a plan, or give you a heads-up that a patient “doesn’t look right.” Take those calls seriously: go and see the patient, and thank them. The relationship is meant to be collegial, and it is built one night shift at a time.',
    whyItMatters:
      'Nurses spend the most time at the bedside and often notice trouble first; trust between you speeds up care.',
    trySaying: [
      'Thanks for the heads-up — I’ll come and see her now.',
      'What are you noticing? I’d like your read on him.',
    ],
    idioms: [
      {
        phrase: 'heads-up',
        meaning: 'An early warning, so that you can prepare or act.',
        example: 'Just a heads-up: bed 12’s blood pressure is trending down.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-pharmacist',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'When the pharmacist calls about your order',
    body: 'A pharmacist who calls about a dose, an interaction or a kidney adjustment is doing a safety check, not questioning your competence. Pull up the order, talk it through and change it if needed. It is also normal to double-check a dose with them before ordering a drug you have not prescribed before.',
    whyItMatters:
      'Pharmacists catch many medication errors, and an open conversation gets the patient the right dose faster.',
    trySaying: [
      'Thanks for catching that. What dose would you suggest?',
      'Before I order it, can I double-check the renal dosing with you?',
    ],
    idioms: [
      {
        phrase: 'double-check',
        meaning: 'To check something a second time to be sure it is right.',
        example: 'Can I double-check the vancomycin dose with you?',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-run-it-by-me',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: '“Run it by me” and “loop me in”',
    body: 'Seniors and attendings often say “run it by me” before you make a decision, such as a discharge or a new medication. They may also say “loop me in” if anything changes overnight. These requests are about keeping the supervisor informed, not a sign that they doubt you, and calling early is always better than calling late.',
    whyItMatters:
      'Supervisors are responsible for every patient on the team; knowing when to check with them protects you and the patient.',
    trySaying: [
      'Can I run a plan by you for bed 7?',
      'I’ll loop you in as soon as the CT is back.',
    ],
    idioms: [
      {
        phrase: 'run it by me',
        meaning: 'Tell me your plan before you act, so I can agree or suggest changes.',
        example: 'Before you call the family with the results, run it by me.',
      },
      {
        phrase: 'loop me in',
        meaning: 'Keep me informed; include me in messages and updates.',
        example: 'Loop me in when cardiology leaves their recommendations.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-milestones',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'How residency evaluations are meant to be read',
    body: 'Evaluations follow the ACGME Milestones, where ratings are expected to start low and rise over training; a new intern is not expected to score near the top. Comments like “meets expectations” or “on track” are normal, good news. If a rating surprises you, ask your program director or advisor to walk you through it.',
    whyItMatters:
      'Reading evaluations the way they are intended avoids needless worry, and asking early leaves time to act on real concerns.',
    trySaying: [
      'Could you walk me through this rating?',
      'What would reaching the next level look like for me?',
    ],
    idioms: [
      {
        phrase: 'on track',
        meaning: 'Making the expected progress towards a goal.',
        example: 'Your program director says you are on track for PGY-2.',
      },
      {
        phrase: 'walk you through',
        meaning: 'To explain something step by step.',
        example: 'The chief resident can walk you through the call schedule.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-push-back',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Disagreeing respectfully with a senior',
    body: 'It is acceptable to push back on a plan when you have a reason, as long as it comes with curiosity and data rather than as a challenge. Phrases like “Can I share a different thought?” or “I’m worried about X — would Y be an option?” open the door. Raise it privately when it can wait, and straight away when safety is at stake.',
    whyItMatters:
      'Teams decide better when every view is heard, and respectful disagreement is valued as a professional skill.',
    trySaying: [
      'Can I share a different thought?',
      'I see the reasoning — could we also consider holding the diuretic today?',
    ],
    idioms: [
      {
        phrase: 'push back',
        meaning: 'To disagree with or resist a plan or request.',
        example: 'I pushed back on discharging him because he still could not walk safely.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-quizzed-on-rounds',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Being quizzed on rounds',
    body: 'Attendings often ask residents and students questions on rounds to teach; an old slang word for this is “pimping”, which many people now avoid. Reasoning out loud — “I’m not sure, but I’d think of X because…” — is valued more than a perfect answer. Nobody expects you to know everything, and “I don’t know, but I’ll read about it tonight” is fine.',
    whyItMatters:
      'Seeing the questions as teaching rather than testing takes away some pressure, and lets you show how you think.',
    trySaying: [
      'I’m not certain — my thinking is…',
      'I don’t know that one. Could you recommend something to read?',
    ],
    idioms: [
      {
        phrase: 'pimping',
        meaning:
          'Old slang for rapid-fire teaching questions on rounds. Recognise it; you do not need to use it.',
        example: '“Did you get pimped on rounds?” means “Did the attending quiz you?”',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-midwest-soft',
    category: 'feedback-hierarchy',
    regions: ['US-MN', 'US-OH'],
    title: 'Softly worded feedback in the Midwest',
    body: 'In many Midwestern workplaces criticism is wrapped in very polite words: “You might want to think about…” or “That’s an interesting approach” can mean “please change this.” People sometimes call this style “Minnesota nice.” When you are unsure whether something was a suggestion or a request, asking directly is welcome.',
    whyItMatters:
      'Gentle wording can hide a clear expectation, and checking avoids finding out only at the end of the rotation.',
    trySaying: [
      'Just so I understand — would you like me to change that for tomorrow?',
      'Is that a suggestion, or how you’d like it done on this team?',
    ],
    idioms: [
      {
        phrase: 'Minnesota nice',
        meaning:
          'A friendly, polite, conflict-avoiding way of speaking associated with the upper Midwest; disagreement can be easy to miss.',
        example: 'Her “maybe consider” was Minnesota nice — she really wanted the note redone.',
      },
    ],
  }),
  tip({
    id: 'tip-feedback-board-of-mentors',
    category: 'feedback-hierarchy',
    regions: ['US'],
    title: 'Build a small “board of mentors”',
    body: 'One mentor rarely covers everything, so many residents gather a small board of mentors: one for clinical growth, one who knows the IMG path (visas, exams, settling in), and one for career plans such as fellowship. Asking an attending “Could I pick your brain over coffee?” is a normal request, and most are glad to be asked. Bring two or three questions, and send a short thank-you afterwards.',
    whyItMatters:
      'Different mentors see different parts of your training, and together they can open doors that one person alone cannot.',
    trySaying: [
      'Could I pick your brain about fellowship over coffee sometime?',
      'Thank you for your time today — your advice on research was really helpful.',
    ],
    idioms: [
      {
        phrase: 'board of mentors',
        meaning: 'A few mentors, each helping with a different part of your career.',
        example: 'My board of mentors is a cardiologist, a chief resident and an IMG attending.',
      },
      {
        phrase: 'pick your brain',
        meaning: 'To ask someone for their ideas or advice on a topic they know well.',
        example: 'Do you have ten minutes? I’d love to pick your brain about research.',
      },
    ],
  }),
];
