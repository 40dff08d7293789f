/** Documentation: why US notes are detailed, note structure, safe habits, and chart shorthand. */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const documentation: SeedTip[] = [
  tip({
    id: 'tip-doc-why-detailed',
    category: 'documentation',
    regions: ['US'],
    title: 'Why US notes are so detailed',
    body: 'A US medical note serves several readers at once: the next clinician, the billing team, quality reviewers and, if there is ever a dispute, lawyers and courts. That is why you will hear “if it isn’t documented, it didn’t happen.” Write down what you assessed, what you decided and why, and what you told the patient.',
    whyItMatters:
      'Clear notes protect patients, help your colleagues pick up where you left off, and protect you.',
    trySaying: [
      'Let me document that conversation before I forget the details.',
      'Is there anything you’d want to see in my note for this?',
    ],
    idioms: [
      {
        phrase: 'if it isn’t documented, it didn’t happen',
        meaning:
          'A common saying: without a written record, there is no proof that care was given.',
        example:
          'You spoke with the family? Great — write it down. If it isn’t documented, it didn’t happen.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-soap',
    category: 'documentation',
    regions: ['US'],
    title: 'The SOAP progress note',
    body: 'Daily progress notes usually follow SOAP: Subjective (what the patient reports), Objective (exam, vitals, results), Assessment and Plan. The Assessment and Plan, often shortened to A&P, is the heart of the note: it is usually organised by problem, and it is what the night team and consultants read first. Keep the Subjective and Objective brief and relevant.',
    whyItMatters: 'A familiar structure lets colleagues find what they need fast, often at 3 a.m.',
    trySaying: [
      'Could you look at my A&P for bed 4 and tell me what you’d change?',
      'Do you organise plans by problem or by system on this service?',
    ],
    idioms: [
      {
        phrase: 'SOAP',
        meaning: 'Subjective, Objective, Assessment, Plan: the usual order of a progress note.',
        example: 'Write a SOAP note for each patient before noon.',
      },
      {
        phrase: 'A&P',
        meaning:
          'Assessment and Plan, the part of a note where you give your thinking and next steps.',
        example: 'Your A&P was clear — I could follow exactly why you held the heparin.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-copy-forward',
    category: 'documentation',
    regions: ['US'],
    title: 'Copy forward with care',
    body: 'Electronic records make it easy to copy yesterday’s note and edit it, but stale details left in — an old exam finding, a stopped medicine — mislead the next reader and add to note bloat. If you copy forward, reread every line and update or delete what is no longer true. Some hospitals review notes for exactly this.',
    whyItMatters: 'A short, accurate note is safer than a long one carrying old information.',
    trySaying: [
      'I’ve updated the exam — yesterday’s findings are gone.',
      'Is there a note template this team prefers?',
    ],
    idioms: [
      {
        phrase: 'copy forward',
        meaning: 'To start today’s note from a copy of an earlier one.',
        example: 'It’s fine to copy forward the history, but write a fresh exam.',
      },
      {
        phrase: 'note bloat',
        meaning: 'Notes made long and hard to read by copied, outdated or unneeded text.',
        example: 'Three pages of old labs is note bloat; link to the results instead.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-reasoning',
    category: 'documentation',
    regions: ['US'],
    title: 'Write down your reasoning, not just the results',
    body: 'For many note types, the level of service billed now depends largely on medical decision-making, or MDM: how complex the problems are, what data you reviewed and how risky the chosen management is. Lines such as “considered CT, deferred because the exam is reassuring” or “discussed with cardiology” make your thinking visible. They also help the next clinician see why the plan is what it is.',
    whyItMatters:
      'Notes that show reasoning support correct billing and are far more useful to colleagues than a list of results.',
    trySaying: [
      'I considered a CT but held off because her exam is reassuring — I’ll note that.',
      'Can you show me how you document the data you reviewed?',
    ],
    idioms: [
      {
        phrase: 'MDM',
        meaning:
          'Medical decision-making: the problems addressed, the data reviewed and the risk of management, used in US billing.',
        example: 'Your MDM section should say why you chose not to admit.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-timely-addendum',
    category: 'documentation',
    regions: ['US'],
    title: 'Write notes on time, and never rewrite old ones',
    body: 'Most hospitals expect progress notes the same day, and federal rules for hospitals require the admission H&P within 24 hours of admission (many services ask for it sooner). To add or correct something later, write an addendum with the current date and time; never edit or delete an earlier entry in a way that hides what it said. Late entries are fine as long as they are clearly labelled.',
    whyItMatters:
      'Changing a record after the fact can look like concealment, even when it was meant as a simple correction.',
    trySaying: [
      'I’ll add an addendum with the ECG result.',
      'What is the deadline for admission notes on this service?',
    ],
    idioms: [
      {
        phrase: 'addendum',
        meaning: 'A dated addition to a note that has already been signed.',
        example: 'Add an addendum saying the family was updated at 7 pm.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-do-not-use',
    category: 'documentation',
    regions: ['US'],
    title: 'Abbreviations to avoid',
    body: 'The Joint Commission keeps a Do Not Use list of abbreviations that have caused errors: “U” for unit, “IU”, “Q.D.” and “Q.O.D.”, a trailing zero (“1.0 mg”), a missing leading zero (“.5 mg”), and “MS”, “MSO4” or “MgSO4” for morphine or magnesium sulfate. Write “unit,” “daily,” “every other day,” “1 mg,” “0.5 mg” and the full drug name instead. Hospitals often add their own items to the list.',
    whyItMatters:
      'These small habits prevent tenfold dosing errors and mix-ups between very different drugs.',
    trySaying: [
      'Let me write out “units” on that insulin order.',
      'Is there a local list of approved abbreviations?',
    ],
    idioms: [
      {
        phrase: 'Do Not Use list',
        meaning:
          'The Joint Commission’s list of abbreviations that must not be used in orders and medication records.',
        example: '“QD” is on the Do Not Use list — write “daily”.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-open-notes',
    category: 'documentation',
    regions: ['US'],
    title: 'Patients can read your notes',
    body: 'Since the 21st Century Cures Act rules took effect in 2021, most patients can read their clinical notes online, often within hours; this is often called open notes. Write as though the patient is reading over your shoulder: describe rather than label, for example “has not been able to take the medicine because of cost” instead of “non-compliant,” and “declined” instead of “refused.”',
    whyItMatters:
      'Respectful, factual wording builds trust when patients read their records, and it is clearer for colleagues too.',
    trySaying: [
      'How would this sentence read to the patient?',
      'Could I say “declined” here instead?',
    ],
    idioms: [
      {
        phrase: 'open notes',
        meaning:
          'The practice of sharing clinical notes with patients through their online portal.',
        example: 'With open notes, she read my discharge note before she got home.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-discharge-summary',
    category: 'documentation',
    regions: ['US'],
    title: 'The discharge summary is a letter to the next doctor',
    body: 'A discharge summary tells the primary care doctor what happened, what changed and what still needs doing. Make medication changes explicit (started, stopped or dose changed, and why), list pending results with who will follow them up, and give the follow-up appointments. Medication reconciliation, usually called med rec, is done on admission and at discharge to catch errors.',
    whyItMatters:
      'Gaps at discharge are a common reason patients return to hospital, and a clear summary closes many of them.',
    trySaying: [
      'Who will follow up the pending biopsy result?',
      'I’ve listed every medication change with the reason.',
    ],
    idioms: [
      {
        phrase: 'med rec',
        meaning:
          'Medication reconciliation: comparing what the patient takes at home with what is ordered, to catch errors.',
        example: 'Pharmacy finished the med rec — two home medicines were missing.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-cosign',
    category: 'documentation',
    regions: ['US'],
    title: 'Attestations and co-signatures',
    body: 'Resident notes are usually reviewed by the attending, who adds an attestation saying what they saw, did or agree with. Finish your note early enough for them to cosign it the same day, and flag anything you were unsure of. If the attending edits your plan, read the changes: they are free teaching.',
    whyItMatters:
      'Timely notes keep supervision and billing records complete, and the edits show you what your attending looks for.',
    trySaying: [
      'My note for bed 6 is ready for you to cosign.',
      'I saw you changed the plan — could you tell me why?',
    ],
    idioms: [
      {
        phrase: 'cosign',
        meaning: 'When the supervising doctor signs a resident’s note or order as well.',
        example: 'Dr. Chen will cosign your H&P after rounds.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-inbox',
    category: 'documentation',
    regions: ['US'],
    title: 'Your electronic inbox needs daily care',
    body: 'Results, refill requests and patient messages often land in your EHR inbox, called the In Basket in some systems. Results for clinic patients stay your responsibility after the visit, so check it on clinic days and arrange cover before vacation. When something abnormal needs action, document what you did and how the patient was told.',
    whyItMatters:
      'Missed results are a known cause of harm, and a daily habit keeps the list short and safe.',
    trySaying: [
      'Could you cover my In Basket while I’m on nights?',
      'I called the patient about the result and documented it.',
    ],
    idioms: [
      {
        phrase: 'In Basket',
        meaning: 'The name some electronic health records give the clinician’s inbox.',
        example: 'My In Basket has forty results after my week on nights.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-dot-phrases',
    category: 'documentation',
    regions: ['US'],
    title: 'Templates and dot phrases',
    body: 'Most EHRs let you insert saved text by typing a short code that starts with a period, often called a dot phrase or smart phrase. They save time, but they also insert text you did not write, so read every line before signing. Ask your seniors to share the ones they find most useful.',
    whyItMatters: 'A template is only safe when its content matches what actually happened.',
    trySaying: [
      'Do you have a good dot phrase for discharge instructions?',
      'This template says “no acute distress” — let me fix that.',
    ],
    idioms: [
      {
        phrase: 'dot phrase',
        meaning: 'A short code, beginning with “.”, that inserts saved text into a note.',
        example: 'Type .sepsisbundle — it’s a dot phrase that lists the checklist.',
      },
    ],
  }),
  tip({
    id: 'tip-doc-shorthand',
    category: 'documentation',
    regions: ['US'],
    title: 'The H&P and other chart shorthand',
    body: 'The admission note is called the H&P (history and physical). You will also see “c/o” for complains of, “HPI” for history of present illness, “PMH” for past medical history, and “s/p” for status post, meaning after a procedure. Abbreviations vary between hospitals, so when in doubt, write it out.',
    whyItMatters:
      'Knowing the shorthand speeds up chart reading, and spelling out the unclear ones keeps your own notes safe.',
    trySaying: [
      'Is my H&P detailed enough for this service?',
      'What does this abbreviation mean here?',
    ],
    idioms: [
      {
        phrase: 'H&P',
        meaning: 'History and physical: the full admission note.',
        example: 'Have the H&P done before the attending arrives.',
      },
      {
        phrase: 's/p',
        meaning: 'Status post: after a procedure or event.',
        example: '“s/p appendectomy 2019” means the appendix was removed in 2019.',
      },
      {
        phrase: 'when in doubt, write it out',
        meaning: 'If you are not sure everyone knows an abbreviation, use the full words.',
        example: 'Is “PE” an exam or an embolism? When in doubt, write it out.',
      },
    ],
  }),
];
