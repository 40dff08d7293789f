/** Humour and small talk: jokes, teasing, greetings and safe topics in US workplaces. */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const humourSmallTalk: SeedTip[] = [
  tip({
    id: 'tip-humour-weekend',
    category: 'humour-small-talk',
    regions: ['US'],
    title: '“How was your weekend?” wants a short answer',
    body: 'On Monday mornings colleagues often ask “How was your weekend?”, and on Fridays “Any plans for the weekend?” A sentence or two and a question back is all that is expected. “I mostly tried to catch up on sleep” is a perfectly good answer, and it often starts a friendly chat about night shifts.',
    whyItMatters:
      'These small exchanges are how teammates get to know each other between tasks, and asking back shows you are open to that.',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours?',
      'I finally tried the Thai place on Main Street. Did you do anything fun?',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning:
          'To do something you did not have time for earlier, such as sleep, reading or email.',
        example: 'After a week of nights, I spent Sunday trying to catch up on sleep.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-sarcasm',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Sarcasm often means the opposite of the words',
    body: 'When a tired colleague says “Oh, great, another admission” in a flat voice, they mean the opposite of great. This kind of sarcasm is common at work, and it is usually a way to share frustration, not a complaint about anyone. If you are not sure whether someone is serious, a smile and “Are you pulling my leg?” is a friendly way to check.',
    whyItMatters:
      'Taking a sarcastic remark literally can lead to an awkward moment; knowing the pattern lets you laugh along or let it pass.',
    trySaying: ['Are you pulling my leg?', 'I can’t tell if you’re serious — are you joking?'],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning: 'Joking with someone by telling them something untrue in a serious voice.',
        example:
          '“The attending wants the whole list in rhyme.” “You’re pulling my leg.” “Yes, I am.”',
      },
    ],
  }),
  tip({
    id: 'tip-humour-self-deprecating',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'When seniors joke about themselves',
    body: 'Attendings and senior residents often poke fun at themselves: “Twenty years a doctor, and I still can’t beat this printer.” It is a way of lowering the hierarchy and putting the team at ease. A smile or a light reply is enough; you do not need to agree or to top the joke.',
    whyItMatters:
      'Recognising this style helps you read it as warmth and an invitation to relax, not as weakness or a test.',
    trySaying: [
      'Don’t worry, the printer wins against all of us.',
      'That makes me feel much better about my first week!',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'To joke about someone or something in a light, teasing way.',
        example: 'She likes to poke fun at her own terrible coffee.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-missed-joke',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'It is fine to say you missed the joke',
    body: 'Many jokes depend on TV shows, sports or childhood references that nobody learns in medical school. If one went over your head, saying so with a smile usually gets a friendly explanation, and often a second laugh. Staying silent can be misread as not being interested, while asking shows you want to join in.',
    whyItMatters:
      'Colleagues cannot tell “I didn’t understand” from “I didn’t find it funny” unless you tell them, and a quick question keeps you in the conversation.',
    trySaying: [
      'That one went over my head — what’s the reference?',
      'I haven’t seen that show. Should I?',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning: 'You did not understand it, usually because it needed knowledge you did not have.',
        example: 'The joke about the old sitcom went right over my head.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-q-word',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Never call a shift “quiet”',
    body: 'Many hospital staff believe that calling a shift quiet out loud guarantees a flood of admissions, so they call it “the Q word” instead. If you say it by accident, expect mock horror and laughter: it is teasing, not a real complaint. After something hopeful, you may also hear “knock on wood”, often with a tap on the desk.',
    whyItMatters:
      'It is one of the most common running jokes on wards and in emergency departments, and being in on it makes you part of the team’s humour.',
    trySaying: ['Let’s just say it’s been… calm. Knock on wood.', 'Oops — I take back the Q word!'],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          '“Quiet”, the word staff avoid on shift because it is jokingly believed to bring chaos.',
        example: '“Wow, it’s so—” “Don’t say the Q word!”',
      },
      {
        phrase: 'knock on wood',
        meaning:
          'Said after a hopeful remark, half jokingly, so as not to “jinx” it (bring bad luck).',
        example: 'No pages in the last hour, knock on wood.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-safe-topics',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Easy small-talk topics, and ones to save for later',
    body: 'Weather, food, weekend plans, pets, TV series and travel are easy ways to break the ice with people you do not know well yet. Salary, religion, politics, weight and immigration status are usually kept for closer friendships. If someone asks something that feels too personal, a light “I’d rather not get into that” and a new topic is polite and normal.',
    whyItMatters:
      'Knowing which topics are low-risk makes it easier to start conversations, and to step away from ones that feel uncomfortable.',
    trySaying: [
      'Have you found any good places to eat around here?',
      'I’d rather not get into that — but how was your vacation?',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning: 'To start a conversation and help people feel more relaxed with each other.',
        example: 'Asking about the new coffee machine is an easy way to break the ice.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-how-are-you',
    category: 'humour-small-talk',
    regions: ['US'],
    title: '“How are you?” is usually a greeting',
    body: 'In corridors and elevators, “How are you?”, “How’s it going?” and “What’s up?” work like “hello”. The expected reply is short — “Good, you?” or “Not much, you?” — even on a hard day. When a friend or your mentor asks the same question sitting down with you, they usually do want the real answer.',
    whyItMatters:
      'A long answer in passing can surprise people, while a very short one to a friend can seem distant; the setting tells you which is wanted.',
    trySaying: ['Good, thanks — you?', 'Not much, just heading to clinic. You?'],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'A casual “hello, how are things?” that rarely needs a real answer.',
        example: '“What’s up?” “Not much — you?”',
      },
    ],
  }),
  tip({
    id: 'tip-humour-sports-northeast',
    category: 'humour-small-talk',
    regions: ['US-NJ', 'US-NY', 'US-PA'],
    title: 'Sports talk in New Jersey, New York and Pennsylvania',
    body: 'Sports are a common, safe topic here. North Jersey mostly follows the New York teams (Giants, Jets, Yankees, Mets, Knicks), South Jersey and eastern Pennsylvania tend to root for Philadelphia (Eagles, Phillies, 76ers), and western Pennsylvania follows Pittsburgh. You do not need to be a fan: asking “Who do you root for?” and letting people explain keeps a conversation going for a long time.',
    whyItMatters:
      'A few team names let you follow Monday-morning chat in the workroom, and asking about someone’s team is an easy way to connect.',
    trySaying: ['Who do you root for?', 'I don’t follow football yet — which game should I watch?'],
    idioms: [
      {
        phrase: 'root for',
        meaning: 'To support a team or a person and hope they win.',
        example: 'My co-resident roots for the Eagles, so Sunday nights are stressful for her.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-teasing',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Friendly teasing, and when it stops being friendly',
    body: 'Once people feel comfortable with you, they may start giving you a hard time about small things, like your six alarms or your love of a certain snack. Light teasing like this usually means you are part of the group. Jokes about your accent, name, faith or background are different: you can say they don’t land well, or talk to your mentor or program leadership.',
    whyItMatters:
      'Telling affectionate teasing from disrespect helps you relax with teammates, and to know that support is there when a line is crossed.',
    trySaying: [
      'Okay, okay — guilty as charged.',
      'I know you mean it as a joke, but that one doesn’t sit right with me.',
    ],
    idioms: [
      {
        phrase: 'giving you a hard time',
        meaning:
          'Teasing you in a friendly way. It can also mean causing real trouble, so listen to the tone.',
        example: '“Is the team giving you a hard time?” “Only about my six alarms.”',
      },
    ],
  }),
  tip({
    id: 'tip-humour-potluck',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Potlucks and team celebrations',
    body: 'Teams often mark holidays, birthdays and the end of a rotation with a potluck, where everyone brings a dish to share. Any dish you like to cook is welcome, and a small card with the dish name and main ingredients helps colleagues with allergies or dietary rules. Short on time? It is fine to swing by with drinks, plates or a bag of fruit.',
    whyItMatters:
      'Shared food is one of the easiest low-pressure ways to meet staff from other teams and to share something of yourself.',
    trySaying: [
      'I made a rice dish — it has nuts, just so you know.',
      'Can I bring something? I’m post-call, so maybe drinks?',
    ],
    idioms: [
      {
        phrase: 'potluck',
        meaning: 'A meal where every guest brings one dish to share.',
        example: 'The unit potluck is at noon; sign up for a dish on the sheet by the fridge.',
      },
      {
        phrase: 'swing by',
        meaning: 'To visit briefly and informally.',
        example: 'Swing by the workroom at noon if you can.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-names',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Your name, your way',
    body: 'New colleagues may shorten names quickly or guess at how to say them. A friendly correction, saying your name slowly once, is normal and welcome. Some people choose a shorter name at work and many do not; ask others “What do you go by?” and answer the same question your own way.',
    whyItMatters:
      'Hearing your name said properly matters, and most colleagues would much rather be corrected than keep getting it wrong.',
    trySaying: [
      'It’s pronounced … — don’t worry, everyone gets it on the second try.',
      'What do you go by?',
    ],
    idioms: [
      {
        phrase: 'go by',
        meaning: 'To use a particular name, often a shorter or different one, in daily life.',
        example: 'Her name is Katherine, but she goes by Kate.',
      },
    ],
  }),
  tip({
    id: 'tip-humour-encouragement',
    category: 'humour-small-talk',
    regions: ['US'],
    title: 'Quick encouragements you will hear',
    body: 'Before a hard shift or an exam, colleagues may say “You got this” or “Hang in there.” These are sincere, casual ways of saying “I believe in you” and “it will get easier.” A simple “Thanks, I needed that” is a warm reply.',
    whyItMatters:
      'They can sound like slogans, but they are small signs that the team is on your side.',
    trySaying: ['Thanks, I needed that.', 'You got this too — see you after rounds.'],
    idioms: [
      {
        phrase: 'You got this',
        meaning: 'You are able to do this; I believe in you.',
        example: 'Big presentation today? You got this.',
      },
      {
        phrase: 'Hang in there',
        meaning: 'Keep going; a hard time will pass.',
        example: 'Two more nights and then a week off. Hang in there!',
      },
    ],
  }),
  tip({
    id: 'tip-humour-college-football',
    category: 'humour-small-talk',
    regions: ['US-TX', 'US-GA', 'US-OH'],
    title: 'College football season in Texas, Georgia and Ohio',
    body: 'From September to January, college football fills weekend conversation: the Longhorns and the Aggies in Texas, the Georgia Bulldogs and Georgia Tech, and the Ohio State Buckeyes. In the South someone may ask “Who are you pulling for?”, and in Ohio a colleague might call out “O-H!” hoping you will answer “I-O!”. You do not need a team; asking what the big game is this weekend is enough to join in.',
    whyItMatters:
      'Game days shape Monday moods and even clinic traffic, and a little curiosity about the local team is an easy way to connect.',
    trySaying: [
      'I’m new to football — who should I be pulling for?',
      'Is there a big game this weekend?',
    ],
    idioms: [
      {
        phrase: 'pulling for',
        meaning: 'Supporting a team or a person and hoping they win (common in the South).',
        example: 'My whole unit is pulling for the Bulldogs on Saturday.',
      },
      {
        phrase: 'O-H!',
        meaning: 'A chant of Ohio State fans; the expected friendly reply is “I-O!”.',
        example: 'The charge nurse shouted “O-H!” and half the unit answered “I-O!”.',
      },
    ],
  }),
];
