/** SBAR, hand-offs and escalation: structured calls, sign-out, consults and ward slang. */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const sbarHandoffs: SeedTip[] = [
  tip({
    id: 'tip-sbar-basics',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'SBAR: four steps for any call about a patient',
    body: 'SBAR stands for Situation, Background, Assessment and Recommendation: what is happening now, the history that matters, what you think is going on, and what you want the listener to do. Nurses, residents and attendings across US hospitals use it, so it makes you easy to follow straight away. Open with the bottom line — the Situation — and keep the Background short.',
    whyItMatters:
      'A predictable order lets a busy listener grasp the problem in seconds and makes it less likely that something important is missed.',
    trySaying: [
      'This is Dr. … on 5 West, calling about Mr. Lee in bed 12, who is newly hypotensive.',
      'My assessment is possible sepsis, and I’d like you to come and see him.',
    ],
    idioms: [
      {
        phrase: 'bottom line',
        meaning: 'The most important point or conclusion.',
        example: 'The bottom line: he is hypotensive and I need you to see him.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-escalate',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Escalate clearly, not by hinting',
    body: 'A call that sounds like a heads-up — “Just letting you know her pressure is a bit low” — may be heard as “no action needed.” Instead, say what worries you and what you need: “I’m worried she is becoming septic. I’d like you to see her in the next fifteen minutes.” Saying it plainly is not rude; it is exactly what seniors hope for from an intern.',
    whyItMatters:
      'Clear requests get a clear response, while hinting and hoping the listener picks up your worry can delay care.',
    trySaying: [
      'I’m worried about her. Can you come and see her now?',
      'I need your help with this — what time can you be here?',
    ],
    idioms: [
      {
        phrase: 'heads-up',
        meaning:
          'An early warning. On a clinical call it can sound like “for your information only”, with nothing to do.',
        example: 'It wasn’t just a heads-up — I needed the senior at the bedside.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-the-ask',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Always end with the ask',
    body: 'The Recommendation is the part of SBAR people skip most often. End every call with the ask — a specific request such as “Can you come and see him?” or “Should I start antibiotics?” — and a time frame. If you are unsure what to recommend, say so: “I’m not sure of the next step; I’d like your advice.”',
    whyItMatters:
      'Listeners act faster when they know exactly what you need, and “What’s the ask?” is a question you will hear often.',
    trySaying: [
      'My ask is that you see her within the hour.',
      'I’m not sure of the next step — what would you like me to do?',
    ],
    idioms: [
      {
        phrase: 'the ask',
        meaning: 'The specific thing you are requesting.',
        example: 'Great summary. So what’s the ask?',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-ipass',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Evening sign-out with I-PASS',
    body: 'Many programs structure sign-out with I-PASS: Illness severity, Patient summary, Action list, Situation awareness and contingency plans, and Synthesis by the receiver. The contingency part — “if her potassium is under 3.5, replace it and recheck” — is what helps the night team most. Hand over somewhere quiet, and keep to what the next person needs in order to act.',
    whyItMatters:
      'Structured handoffs such as I-PASS have been shown to reduce preventable errors, and a fixed order makes gaps easy to spot.',
    trySaying: [
      'Illness severity: watcher. She needed a rapid response this afternoon.',
      'If her pressure drops below 90, give a 500 mL bolus and call my senior.',
    ],
    idioms: [
      {
        phrase: 'sign-out',
        meaning: 'Handing your patients over to the next team or shift; also called handoff.',
        example: 'Sign-out is at 6 in the workroom — bring your list.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-read-back',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Read it back, then close the loop',
    body: 'When you receive sign-out or a verbal order, repeat the key points: “So if his glucose is over 300, I give correction insulin and recheck in two hours?” This read-back lets the speaker catch a misunderstanding on the spot. When you finish a task someone asked for, tell them; that is called closing the loop.',
    whyItMatters:
      'Repeating and confirming catches misheard numbers and names, which trip up everyone, whatever their accent.',
    trySaying: [
      'Let me read that back to make sure I have it.',
      'Closing the loop — the blood cultures were drawn at ten.',
    ],
    idioms: [
      {
        phrase: 'read-back',
        meaning: 'Repeating an order or message back to the speaker so they can confirm it.',
        example: 'The nurse did a read-back of the insulin order before giving it.',
      },
      {
        phrase: 'closing the loop',
        meaning: 'Telling the person who asked for something that it is done, or what happened.',
        example: 'Just closing the loop: the family meeting is set for 3 pm.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-crashed',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Slang for a patient who is getting worse',
    body: 'On the wards you may hear “the patient crashed” (became suddenly unstable), “she’s tanking” (getting worse fast), or a worry that a patient moved out of the ICU might bounce back. These phrases are informal team shorthand: recognise them, but use clear clinical words in notes and with families. When you hear one, the useful response is to ask what is happening now and what help is needed.',
    whyItMatters:
      'Recognising shorthand quickly helps you respond in time, and keeping it out of notes and family conversations keeps communication respectful.',
    trySaying: [
      'When you say he crashed — what are his vitals now?',
      'What do you need from me right now?',
    ],
    idioms: [
      {
        phrase: 'the patient crashed',
        meaning:
          'The patient suddenly became very unstable, for example with very low blood pressure or needing resuscitation.',
        example: '“What happened overnight?” “The patient crashed at three and went to the unit.”',
      },
      {
        phrase: 'tanking',
        meaning:
          'Slang for getting worse quickly, such as falling oxygen levels or blood pressure.',
        example: 'His sats are tanking — can you come now?',
      },
      {
        phrase: 'bounce back',
        meaning:
          'To return soon after leaving: back to the ICU after a transfer, or back to hospital after discharge. (In everyday talk it also means to recover.)',
        example: 'Let’s set up follow-up so she doesn’t bounce back next week.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-turf-train-wreck',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: '“Turf” and “train wreck”: slang to recognise, not to adopt',
    body: 'To turf a patient is slang for transferring them to another service, often with a hint that the team is trying to offload work. A train wreck is slang for a patient with many complicated problems at once. You will hear both, but they can sound dismissive, so use plain clinical language for patients and transfers yourself.',
    whyItMatters:
      'Knowing the slang helps you follow team conversations, while choosing neutral words protects patients’ dignity and your reputation.',
    trySaying: [
      'Which service do you think is the best fit for her?',
      'He has a lot going on — shall we make a problem list together?',
    ],
    idioms: [
      {
        phrase: 'turf',
        meaning:
          'Slang: to transfer a patient to another team or service, often implying the first team wanted to avoid the work.',
        example: '“Surgery is trying to turf him back to medicine.”',
      },
      {
        phrase: 'train wreck',
        meaning:
          'Slang for a patient with many serious, tangled problems. It can sound disrespectful; never use it near patients.',
        example:
          'When the senior called the new admission a train wreck, she meant he had five active problems.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-consult',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Calling a consult: lead with your question',
    body: 'Consultants want three things first: who the patient is, your specific question, and how urgent it is. “We’d like your help deciding whether she needs anticoagulation before surgery” gets a faster, more useful answer than a long history. A quick informal question without a formal consult is called a curbside, and consultants will tell you when a formal consult is needed instead.',
    whyItMatters:
      'A clear question respects the consultant’s time and makes their recommendations directly useful for your patient.',
    trySaying: [
      'I have a consult for you: my question is whether she needs a repeat scope.',
      'Is this something I can curbside you on, or should I place a formal consult?',
    ],
    idioms: [
      {
        phrase: 'curbside',
        meaning: 'An informal question to a specialist, with no formal consult or note.',
        example: 'Can I curbside you about a rash? Two minutes.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-night-call',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'On nights, call early',
    body: 'Cross-cover at night can feel lonely, and many interns worry about waking their senior. Programs would much rather get an early call than hear about a problem in the morning, so if you are worried, don’t sit on it. Most programs list situations that always need a call to the senior or attending; ask for that list before your first night.',
    whyItMatters:
      'Early calls give the team time to act; late ones often mean a harder night for everyone, especially the patient.',
    trySaying: [
      'Sorry to wake you — I’m worried about bed 14 and want to run it by you.',
      'Which situations should always get a call to you tonight?',
    ],
    idioms: [
      {
        phrase: 'Cross-cover',
        meaning:
          'Looking after other teams’ patients, whom you do not know well, overnight or at weekends.',
        example: 'I’m on cross-cover tonight for the two cardiology teams.',
      },
      {
        phrase: 'sit on it',
        meaning: 'To delay acting on something.',
        example: 'That lactate is high — don’t sit on it, call me.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-one-liner',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Start presentations with a one-liner',
    body: 'A new admission on rounds usually begins with a one-liner: age, key history and reason for admission in a single sentence, such as “72-year-old woman with heart failure, admitted with two days of worsening shortness of breath.” The attending hears everything after it through that frame. Practise yours before rounds; it is the line people remember.',
    whyItMatters:
      'A strong opening helps the team follow your reasoning and shows how you see the case.',
    trySaying: [
      'My one-liner: 58-year-old man with diabetes admitted with a foot infection.',
      'Can I practise my one-liner with you before rounds?',
    ],
    idioms: [
      {
        phrase: 'one-liner',
        meaning: 'A one-sentence summary of a patient: age, key history and why they are here.',
        example: 'Give me the one-liner first, then the overnight events.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-pages',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Pages and messages that get a quick answer',
    body: 'When you page or message someone, include the patient’s name and room, the issue, how urgent it is, and a number to call back. Save the word stat for things needed right now. If a page is not answered in the time your program expects, page again or go to the next person up; that is normal, not pushy.',
    whyItMatters:
      'Complete messages save a round of calls back and forth, and honest urgency helps busy colleagues decide what to do first.',
    trySaying: [
      'Lee, 5W-12: potassium 6.1 on repeat, ECG done. Please call 4-0147.',
      'Not urgent — could you call me back when you’re free?',
    ],
    idioms: [
      {
        phrase: 'stat',
        meaning: 'Immediately (from the Latin “statim”).',
        example: 'I need a stat chest X-ray on bed 4.',
      },
    ],
  }),
  tip({
    id: 'tip-sbar-touch-base',
    category: 'sbar-handoffs',
    regions: ['US'],
    title: 'Touch base, circle back, same page',
    body: 'Teams often touch base in the afternoon to review what is still pending, and someone may say “let’s circle back to bed 9 after the family meeting.” The aim is for everyone to be on the same page before sign-out. If you are unsure what was decided, say so; asking now avoids confusion at night.',
    whyItMatters:
      'These phrases come up many times a day, and knowing them makes fast team talk much easier to follow.',
    trySaying: [
      'Can we touch base at three about the pending labs?',
      'Just to make sure we’re on the same page — is she going home today?',
    ],
    idioms: [
      {
        phrase: 'touch base',
        meaning: 'To have a short conversation to update each other.',
        example: 'Let’s touch base after clinic about the discharge.',
      },
      {
        phrase: 'circle back',
        meaning: 'To return to a topic later.',
        example: 'We don’t have the MRI yet, so let’s circle back this afternoon.',
      },
      {
        phrase: 'on the same page',
        meaning: 'Sharing the same understanding of a plan.',
        example: 'Before we talk to the family, let’s make sure we’re on the same page.',
      },
    ],
  }),
];
