/**
 * French translations (for a Canadian program: `vous`, "fin de semaine", no space before ? or ;)
 * of the tips a resident sees first. Idiom phrases and "try saying" phrases stay in English, as in
 * `es.ts`, each with its meaning or a French gloss.
 */
import type { SeedTip } from '../types.js';
import { original } from './originals.js';
import { translation } from './tip.js';

export const french: SeedTip[] = [
  translation('fr', original('tip-humour-weekend'), {
    title: '« How was your weekend? » appelle une réponse courte',
    body: 'Le lundi matin, les collègues demandent souvent « How was your weekend? » (Comment s’est passée votre fin de semaine?), et le vendredi « Any plans for the weekend? » (Des projets pour la fin de semaine?). Une phrase ou deux et une question en retour suffisent. « I mostly tried to catch up on sleep » (j’ai surtout essayé de rattraper mon sommeil) est une très bonne réponse, qui lance souvent une conversation amicale sur les gardes de nuit.',
    whyItMatters:
      'Ces petits échanges permettent aux collègues de faire connaissance entre deux tâches, et renvoyer la question montre que cela vous intéresse aussi.',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours? (Plutôt tranquille, j’ai rattrapé mon sommeil. Et la vôtre?)',
      'I finally tried the Thai place on Main Street. Did you do anything fun? (J’ai enfin essayé le restaurant thaï de Main Street. Avez-vous fait quelque chose d’agréable?)',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning:
          'Faire ce que vous n’avez pas eu le temps de faire plus tôt, comme dormir, lire ou répondre à vos courriels.',
        example:
          'Après une semaine de nuits, j’ai passé le dimanche à essayer de catch up on sleep (rattraper mon sommeil).',
      },
    ],
  }),
  translation('fr', original('tip-humour-sarcasm'), {
    title: 'Le sarcasme dit souvent le contraire des mots',
    body: 'Quand un collègue fatigué lance d’une voix neutre « Oh, great, another admission » (Super, encore une admission!), il veut dire tout le contraire. Ce genre de sarcasme est courant au travail; c’est en général une façon de partager sa frustration, pas une plainte contre quelqu’un. Si vous ne savez pas si la personne est sérieuse, un sourire et un « Are you pulling my leg? » permettent de vérifier gentiment.',
    whyItMatters:
      'Prendre une remarque sarcastique au pied de la lettre peut créer un moment gênant; connaître le procédé vous permet d’en rire avec les autres ou de laisser passer.',
    trySaying: [
      'Are you pulling my leg? (Vous me faites marcher?)',
      'I can’t tell if you’re serious — are you joking? (Je ne sais pas si c’est sérieux. C’est une blague?)',
    ],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning:
          'Taquiner quelqu’un en lui disant une chose fausse d’un ton sérieux; c’est « faire marcher » quelqu’un.',
        example:
          '« L’attending veut toute la liste en rimes. » « You’re pulling my leg. » « Oui, je plaisante. »',
      },
    ],
  }),
  translation('fr', original('tip-humour-self-deprecating'), {
    title: 'Quand les plus expérimentés rient d’eux-mêmes',
    body: 'Les attendings (médecins superviseurs) et les résidents seniors se moquent souvent d’eux-mêmes : « Twenty years a doctor, and I still can’t beat this printer » (vingt ans de médecine, et cette imprimante me bat encore). En anglais, on dit qu’ils aiment poke fun at themselves. C’est une façon d’aplanir la hiérarchie et de mettre l’équipe à l’aise. Un sourire ou une réponse légère suffit; inutile d’acquiescer ou de surenchérir.',
    whyItMatters:
      'Reconnaître ce style vous aide à y voir de la chaleur et une invitation à vous détendre, et non une faiblesse ou un test.',
    trySaying: [
      'Don’t worry, the printer wins against all of us. (Ne vous en faites pas, l’imprimante gagne contre nous tous.)',
      'That makes me feel much better about my first week! (Ça me rassure beaucoup sur ma première semaine!)',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'Plaisanter sur quelqu’un ou quelque chose, gentiment, sans méchanceté.',
        example: 'Elle aime poke fun at son propre café, qui est affreux.',
      },
    ],
  }),
  translation('fr', original('tip-humour-missed-joke'), {
    title: 'Vous pouvez dire que la blague vous a échappé',
    body: 'Beaucoup de blagues reposent sur des séries télé, des sports ou des souvenirs d’enfance que personne n’apprend en faculté de médecine. Si une blague went over your head (vous a échappé), le dire avec le sourire vous vaut en général une explication amicale, et souvent un deuxième rire. Garder le silence peut passer pour du désintérêt, alors que poser la question montre que vous voulez participer.',
    whyItMatters:
      'Vos collègues ne peuvent pas distinguer « je n’ai pas compris » de « je ne trouve pas ça drôle » si vous ne le dites pas, et une petite question vous garde dans la conversation.',
    trySaying: [
      'That one went over my head — what’s the reference? (Celle-là m’a échappé : ça fait référence à quoi?)',
      'I haven’t seen that show. Should I? (Je n’ai pas vu cette série. Je devrais?)',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning:
          'Vous ne l’avez pas compris, souvent parce qu’il fallait des connaissances que vous n’aviez pas.',
        example: 'La blague sur la vieille comédie de situation went right over my head.',
      },
    ],
  }),
  translation('fr', original('tip-humour-q-word'), {
    title: 'Ne dites jamais qu’une garde est « tranquille »',
    body: 'Beaucoup de membres du personnel hospitalier croient que dire à voix haute qu’une garde est tranquille (« quiet ») attire une avalanche d’admissions; on dit donc plutôt « the Q word ». Si le mot vous échappe, attendez-vous à une fausse horreur et à des rires : c’est une taquinerie, pas un vrai reproche. Après une remarque pleine d’espoir, on entend aussi « knock on wood », souvent avec une petite tape sur le bureau.',
    whyItMatters:
      'C’est l’une des blagues les plus répandues dans les unités de soins et aux urgences, et la comprendre vous fait entrer dans l’humour de l’équipe.',
    trySaying: [
      'Let’s just say it’s been… calm. Knock on wood. (Disons que c’est… calme. Je touche du bois.)',
      'Oops — I take back the Q word! (Oups, je retire le mot interdit!)',
    ],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          '« Quiet » (tranquille), le mot que le personnel évite pendant une garde parce qu’on dit, pour rire, qu’il attire le chaos.',
        example: '« Wow, c’est tellement… » « Ne dites pas the Q word! »',
      },
      {
        phrase: 'knock on wood',
        meaning:
          'Se dit après une remarque optimiste, à moitié pour rire, pour ne pas attirer la malchance; c’est « toucher du bois ».',
        example: 'Aucun appel depuis une heure, knock on wood.',
      },
    ],
  }),
  translation('fr', original('tip-humour-safe-topics'), {
    title: 'Des sujets faciles pour bavarder, et d’autres à garder pour plus tard',
    body: 'La météo, la nourriture, les projets de fin de semaine, les animaux, les séries et les voyages sont des façons faciles de break the ice (briser la glace) avec des gens que vous connaissez encore peu. Le salaire, la religion, la politique, le poids et le statut d’immigration sont plutôt réservés aux amitiés plus proches. Si quelqu’un vous pose une question trop personnelle, un « I’d rather not get into that » dit avec légèreté, suivi d’un autre sujet, est poli et tout à fait normal.',
    whyItMatters:
      'Savoir quels sujets sont sans risque aide à lancer une conversation, et à quitter celles qui vous mettent mal à l’aise.',
    trySaying: [
      'Have you found any good places to eat around here? (Avez-vous trouvé de bons endroits où manger dans le coin?)',
      'I’d rather not get into that — but how was your vacation? (Je préfère ne pas aborder ça, mais comment étaient vos vacances?)',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning:
          'Lancer une conversation et aider les gens à se sentir plus à l’aise; c’est « briser la glace ».',
        example: 'Parler de la nouvelle machine à café est une façon facile de break the ice.',
      },
    ],
  }),
  translation('fr', original('tip-humour-how-are-you'), {
    title: '« How are you? » est souvent une simple salutation',
    body: 'Dans les corridors et les ascenseurs, « How are you? », « How’s it going? » et « What’s up? » veulent simplement dire « bonjour ». On attend une réponse courte, comme « Good, you? » ou « Not much, you? », même lors d’une journée difficile. Quand un ami ou votre mentor vous pose la même question en prenant le temps de s’asseoir avec vous, il veut en général la vraie réponse.',
    whyItMatters:
      'Une longue réponse en passant peut surprendre, alors qu’une réponse très courte à un ami peut sembler distante; le contexte vous dit laquelle est attendue.',
    trySaying: [
      'Good, thanks — you? (Bien, merci. Et vous?)',
      'Not much, just heading to clinic. You? (Pas grand-chose, je m’en vais à la clinique. Et vous?)',
    ],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'Un « salut, ça va? » décontracté, qui attend rarement une vraie réponse.',
        example:
          '« What’s up? » « Not much — you? » (« Quoi de neuf? » « Pas grand-chose, et toi? »)',
      },
    ],
  }),
];
