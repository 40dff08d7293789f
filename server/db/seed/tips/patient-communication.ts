/** Patient communication: shared decisions, consent, interpreters, families and hard news. */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const patientCommunication: SeedTip[] = [
  tip({
    id: 'tip-patient-shared-decisions',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Shared decision-making: options, not orders',
    body: 'Many US patients expect to take an active part in decisions about their care. Shared decision-making means laying out the reasonable options (including waiting or doing nothing), with their benefits and risks, and then asking what matters most to the patient. Your recommendation is still welcome; it is offered rather than assumed, and you weigh the options together.',
    whyItMatters:
      'Patients who share in a decision tend to understand it better and to stick with the plan they chose.',
    trySaying: [
      'There are a few reasonable options here. Can I walk you through them?',
      'What matters most to you as we decide?',
    ],
    idioms: [
      {
        phrase: 'weigh the options',
        meaning: 'To think carefully about the good and bad points of each choice.',
        example: 'Take the weekend to weigh the options, and we can talk again on Monday.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-informed-consent',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Informed consent is a conversation, not a signature',
    body: 'Before a procedure, the patient needs to understand what it is, why you recommend it, its main risks and benefits, and the alternatives, including not having it. Explain it in layman’s terms, check understanding, and bring in a qualified interpreter when needed. The signed form records that conversation; it does not replace it.',
    whyItMatters:
      'Consent only counts if the patient truly understood, and in the US it is also a legal duty that is checked closely.',
    trySaying: [
      'Before you sign, I want to make sure this makes sense. What questions do you have?',
      'You can also choose not to have the procedure. Here is what that would mean.',
    ],
    idioms: [
      {
        phrase: 'in layman’s terms',
        meaning: 'In simple, everyday words instead of technical language.',
        example: 'In layman’s terms, the scan shows a small blockage in one artery.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-teach-back',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Use teach-back to check understanding',
    body: 'Asking “Do you understand?” almost always gets a “yes.” Instead, ask the patient to explain the plan in their own words: “To make sure I explained it clearly, can you tell me how you’ll take this new medicine?” Framed that way, the check is on your explanation, not on the patient.',
    whyItMatters:
      'Teach-back is a simple, well-studied way to catch misunderstandings before a patient goes home.',
    trySaying: [
      'To make sure I explained it well, can you tell me what you’ll do if the pain comes back?',
      'What will you tell your family about today’s plan?',
    ],
    idioms: [
      {
        phrase: 'in their own words',
        meaning: 'Using their own way of saying it, rather than repeating yours.',
        example: 'Ask her to describe the warning signs in her own words.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-interpreter',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Use a professional interpreter, not family',
    body: 'For patients with limited English proficiency, often written LEP, hospitals that receive federal funding must offer language help, usually through in-person, phone or video interpreters. Relatives, and especially children, should not interpret medical conversations except in an emergency or when the patient insists after being offered an interpreter. Even if you speak the patient’s language, check your hospital’s policy; many ask staff to be assessed before they interpret.',
    whyItMatters:
      'Professional interpreters reduce errors and protect the patient’s privacy, and offering them is part of the hospital’s legal duties.',
    trySaying: [
      'I’d like to bring in an interpreter so we understand each other fully. Is that all right?',
      'I’ll speak directly to you, and the interpreter will help us.',
    ],
    idioms: [
      {
        phrase: 'LEP',
        meaning:
          'Limited English proficiency: a patient who does not speak, read or understand English well enough for medical conversations.',
        example: 'Room 8 is LEP, Portuguese — let’s get the video interpreter.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-family-privacy',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Families, privacy, and who decides',
    body: 'An adult patient who has decision-making capacity decides about their own care and who may hear about it. Before sharing details with relatives, ask the patient who they want kept in the loop, and write it down. If the patient cannot decide, look for an advance directive or the person they named to decide for them; the rules for surrogates differ from state to state.',
    whyItMatters:
      'US privacy law (HIPAA) and the patient’s right to decide make this step routine, even when the family is close and very involved.',
    trySaying: [
      'Who would you like us to share updates with?',
      'Is it all right if I talk about your results with your son here?',
    ],
    idioms: [
      {
        phrase: 'kept in the loop',
        meaning: 'Kept informed about what is happening.',
        example: 'Her daughter asked to be kept in the loop after every scan.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-difficult-news',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Sharing difficult news',
    body: 'Many clinicians use the SPIKES steps: set up a private space, find out what the patient already knows, ask how much they want to know, share the news clearly, respond to emotion, then agree on next steps. A short warning shot, such as “I’m afraid I have some difficult news,” gives the person a moment to prepare. Then pause, and let silence do some of the work.',
    whyItMatters:
      'Patients remember how they were told, and a clear, kind structure helps you stay steady in hard conversations.',
    trySaying: [
      'I’m afraid I have some difficult news.',
      'I can see this is a lot to take in. What questions do you have?',
    ],
    idioms: [
      {
        phrase: 'warning shot',
        meaning: 'A short phrase that prepares someone for bad news.',
        example:
          'She gave a warning shot — “the results are not what we hoped” — before explaining.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-everyday-words',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Everyday words patients use for conditions and medicines',
    body: 'Patients often use everyday terms rather than medical ones: “sugar” for diabetes, “pressure” or “high blood” for high blood pressure, and “water pill” for a diuretic. Using their word back, then adding the medical term, helps you both. If you are not sure what someone means, ask them to describe it.',
    whyItMatters:
      'Matching the patient’s words builds trust and prevents mix-ups about medicines and history.',
    trySaying: [
      'When you say your sugar is high, do you mean your diabetes?',
      'Is that the water pill — the one that makes you go to the bathroom more?',
    ],
    idioms: [
      {
        phrase: 'water pill',
        meaning: 'A diuretic, such as furosemide or hydrochlorothiazide.',
        example: 'Did you take your water pill this morning?',
      },
      {
        phrase: 'high blood',
        meaning:
          'Some patients’ words for high blood pressure (hypertension), not a blood disorder.',
        example: '“I’ve had high blood for years” means the patient has hypertension.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-symptom-idioms',
    category: 'patient-communication',
    regions: ['US'],
    title: 'How patients describe feeling unwell',
    body: 'You will hear “I’ve been under the weather” (mildly ill), “I passed out” (fainted), “I threw up” (vomited) and “I’ve been feeling blue” (sad or low). “My stomach is upset” can mean nausea, pain or diarrhea, so ask which. A follow-up question is always better than assuming.',
    whyItMatters:
      'Symptom idioms come up in almost every history, and one misunderstood phrase can change the differential.',
    trySaying: [
      'When you say you passed out, did you lose consciousness completely?',
      'Feeling blue — can you tell me more about that?',
    ],
    idioms: [
      {
        phrase: 'under the weather',
        meaning: 'Slightly ill, not feeling well.',
        example: 'I’ve been a bit under the weather since the weekend.',
      },
      {
        phrase: 'passed out',
        meaning: 'Fainted; lost consciousness for a short time.',
        example: 'He stood up too fast and passed out in the kitchen.',
      },
      {
        phrase: 'feeling blue',
        meaning: 'Feeling sad or low. Worth gently asking about mood.',
        example: 'She says she has been feeling blue since her husband died.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-introductions',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Introduce yourself and your role',
    body: 'Patients meet many people each day and may not know what a “resident” is. Give your name and role — “I’m Dr. Rivera, one of the doctors on the team looking after you; I work with Dr. Chen, the attending” — and sit down if you can. Asking “What would you like me to call you?” is a small courtesy that is part of what patients call good bedside manner.',
    whyItMatters:
      'Patients trust their care more when they know who is who, and sitting down makes a visit feel longer and more attentive.',
    trySaying: [
      'Hi, I’m Dr. …, one of the resident doctors on your team.',
      'What would you like me to call you?',
    ],
    idioms: [
      {
        phrase: 'bedside manner',
        meaning:
          'How a doctor behaves with patients: warmth, patience, and how they explain things.',
        example: 'The family said her bedside manner made a frightening day easier.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-code-status',
    category: 'patient-communication',
    regions: ['US'],
    title: 'Talking about code status and goals of care',
    body: 'US hospitals ask most admitted patients about resuscitation: “full code” means all measures, including CPR and intubation, while DNR/DNI means do not resuscitate and do not intubate. Rather than asking “Do you want everything done?”, ask what matters to the patient and what they hope for, then make a recommendation. These conversations can be revisited whenever things change.',
    whyItMatters:
      'A values-based conversation leads to choices patients can live with, and asking early avoids making them in a crisis.',
    trySaying: [
      'If you became much sicker, what would be most important to you?',
      'Based on what you’ve told me, I would recommend…',
    ],
    idioms: [
      {
        phrase: 'full code',
        meaning:
          'A patient who wants every resuscitation measure, including CPR and a breathing tube.',
        example: 'He’s full code for now; his family meeting is tomorrow.',
      },
      {
        phrase: 'DNR/DNI',
        meaning:
          'Do not resuscitate / do not intubate: no CPR and no breathing tube if the heart or breathing stops.',
        example: 'She chose DNR/DNI after talking with her daughters.',
      },
    ],
  }),
  tip({
    id: 'tip-patient-leaving-ama',
    category: 'patient-communication',
    regions: ['US'],
    title: 'When a patient wants to leave against medical advice',
    body: 'Adults with decision-making capacity may refuse treatment or leave the hospital, even when the team disagrees; this is called leaving against medical advice, or AMA. Assess capacity, explain the risks plainly, offer the best alternative plan you can (prescriptions, follow-up, a clear invitation to return), and document the conversation. Patients are sometimes told insurance will not pay if they leave AMA; that is generally a myth, so do not use it as a warning.',
    whyItMatters:
      'Respecting the choice while keeping the door open keeps patients safer, and makes them more likely to come back if they get worse.',
    trySaying: [
      'I respect that this is your decision. Can I tell you what worries me?',
      'If you change your mind, you are welcome back at any time.',
    ],
    idioms: [
      {
        phrase: 'AMA',
        meaning:
          'Against medical advice. (In other settings, AMA is also the American Medical Association.)',
        example: 'The patient in 14 wants to leave AMA — can you help me talk with him?',
      },
    ],
  }),
  tip({
    id: 'tip-patient-south-courtesy',
    category: 'patient-communication',
    regions: ['US-TX', 'US-GA'],
    title: '“Sir”, “ma’am” and courtesy with patients in the South',
    body: 'In Texas, Georgia and much of the South, many patients say “yes, ma’am” and “no, sir,” and some will call you “Doc.” Using “sir” or “ma’am,” or Mr. or Ms. with a last name, is heard as respect, especially by older patients. You may also hear y’all for “you all” and “I’m fixing to” for “I’m about to.”',
    whyItMatters: 'Matching local courtesy helps patients feel respected from the first minute.',
    trySaying: [
      'Good morning, ma’am — I’m Dr. …, one of your doctors.',
      'Mr. Johnson, is it all right if I listen to your chest?',
    ],
    idioms: [
      {
        phrase: 'y’all',
        meaning: '“You all”: used to speak to more than one person (sometimes to one).',
        example: 'Do y’all have any questions for the doctor?',
      },
      {
        phrase: 'fixing to',
        meaning: 'About to; planning to do something very soon.',
        example: 'I’m fixing to call my daughter so she can hear this too.',
      },
    ],
  }),
];
