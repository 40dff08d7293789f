/**
 * Brazilian Portuguese translations (`você`) of the tips a resident sees first. Idiom phrases and
 * "try saying" phrases stay in English, as in `es.ts`, each with its meaning or a Portuguese gloss.
 */
import type { SeedTip } from '../types.js';
import { original } from './originals.js';
import { translation } from './tip.js';

export const portuguese: SeedTip[] = [
  translation('pt-BR', original('tip-humour-weekend'), {
    title: '“How was your weekend?” pede uma resposta curta',
    body: 'Na segunda de manhã, os colegas costumam perguntar “How was your weekend?” (como foi seu fim de semana?) e, na sexta, “Any plans for the weekend?” (planos para o fim de semana?). Uma ou duas frases e uma pergunta de volta é tudo o que se espera. “I mostly tried to catch up on sleep” (basicamente tentei pôr o sono em dia) é uma ótima resposta, e muitas vezes puxa uma conversa simpática sobre plantões noturnos.',
    whyItMatters:
      'Essas conversas rápidas são o jeito de a equipe se conhecer entre uma tarefa e outra, e devolver a pergunta mostra que você também tem interesse.',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours? (Bem tranquilo, pus o sono em dia. E o seu?)',
      'I finally tried the Thai place on Main Street. Did you do anything fun? (Finalmente experimentei o restaurante tailandês da Main Street. Você fez algo legal?)',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning:
          'Fazer algo que você não teve tempo de fazer antes, como dormir, ler ou responder e-mails; “pôr em dia”.',
        example:
          'Depois de uma semana de noites, passei o domingo tentando catch up on sleep (pôr o sono em dia).',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-sarcasm'), {
    title: 'O sarcasmo muitas vezes quer dizer o contrário',
    body: 'Quando um colega cansado diz, com voz neutra, “Oh, great, another admission” (que ótimo, mais uma internação!), ele quer dizer o oposto de ótimo. Esse tipo de sarcasmo é comum no trabalho e costuma ser um jeito de dividir a frustração, não uma queixa contra alguém. Se você não tiver certeza se a pessoa está falando sério, um sorriso e um “Are you pulling my leg?” é uma forma simpática de conferir.',
    whyItMatters:
      'Levar um comentário sarcástico ao pé da letra pode criar um momento constrangedor; conhecer o padrão permite rir junto ou deixar passar.',
    trySaying: [
      'Are you pulling my leg? (Você está brincando comigo?)',
      'I can’t tell if you’re serious — are you joking? (Não sei se você está falando sério. É brincadeira?)',
    ],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning: 'Brincar com alguém dizendo algo falso em tom sério; parecido com “zoar” alguém.',
        example:
          '— O attending quer a lista inteira em versos. — You’re pulling my leg. — Sim, é brincadeira.',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-self-deprecating'), {
    title: 'Quando os mais experientes riem de si mesmos',
    body: 'Attendings e residentes mais adiantados muitas vezes gostam de poke fun at themselves, ou seja, de rir de si mesmos: “Twenty years a doctor, and I still can’t beat this printer” (vinte anos de medicina e ainda perco para esta impressora). É um jeito de diminuir a hierarquia e deixar a equipe à vontade. Um sorriso ou uma resposta leve basta; você não precisa concordar nem fazer uma piada melhor.',
    whyItMatters:
      'Reconhecer esse estilo ajuda você a ver nele simpatia e um convite para relaxar, não fraqueza nem um teste.',
    trySaying: [
      'Don’t worry, the printer wins against all of us. (Não se preocupe, a impressora ganha de todos nós.)',
      'That makes me feel much better about my first week! (Agora me sinto bem melhor com a minha primeira semana!)',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'Brincar com alguém ou com alguma coisa de um jeito leve, sem maldade.',
        example: 'Ela adora poke fun at o próprio café, que é horrível.',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-missed-joke'), {
    title: 'Tudo bem dizer que você não entendeu a piada',
    body: 'Muitas piadas dependem de séries de TV, esportes ou referências de infância que ninguém aprende na faculdade de medicina. Se uma piada went over your head (passou batido), dizer isso com um sorriso costuma render uma explicação simpática, e muitas vezes uma segunda risada. Ficar em silêncio pode parecer falta de interesse, enquanto perguntar mostra que você quer participar.',
    whyItMatters:
      'Os colegas não conseguem diferenciar “não entendi” de “não achei graça” se você não disser, e uma pergunta rápida mantém você na conversa.',
    trySaying: [
      'That one went over my head — what’s the reference? (Essa eu não peguei. Qual é a referência?)',
      'I haven’t seen that show. Should I? (Não vi essa série. Vale a pena?)',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning:
          'Você não entendeu, geralmente porque era preciso um conhecimento que você não tinha.',
        example: 'A piada sobre aquela sitcom antiga went right over my head.',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-q-word'), {
    title: 'Nunca diga que um plantão está “tranquilo”',
    body: 'Muita gente no hospital acredita que dizer em voz alta que o plantão está tranquilo (“quiet”) atrai uma enxurrada de internações, então chama a palavra de “the Q word”. Se ela escapar, espere um horror fingido e risadas: é brincadeira, não uma reclamação de verdade. Depois de um comentário esperançoso, você também vai ouvir “knock on wood”, muitas vezes com uma batidinha na mesa.',
    whyItMatters:
      'É uma das piadas mais comuns nas enfermarias e nos prontos-socorros, e entender a brincadeira faz de você parte do humor da equipe.',
    trySaying: [
      'Let’s just say it’s been… calm. Knock on wood. (Digamos que está… calmo. Bate na madeira.)',
      'Oops — I take back the Q word! (Opa, retiro a palavra proibida!)',
    ],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          '“Quiet” (tranquilo), a palavra que a equipe evita no plantão porque, de brincadeira, acredita-se que ela traz o caos.',
        example: '— Nossa, está tão… — Não diga the Q word!',
      },
      {
        phrase: 'knock on wood',
        meaning:
          'Dito depois de um comentário otimista, meio de brincadeira, para não dar azar; equivale a “bater na madeira”.',
        example: 'Nenhum chamado na última hora, knock on wood.',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-safe-topics'), {
    title: 'Assuntos fáceis para puxar conversa, e outros para depois',
    body: 'Clima, comida, planos para o fim de semana, bichos de estimação, séries e viagens são jeitos fáceis de break the ice (quebrar o gelo) com pessoas que você ainda não conhece bem. Salário, religião, política, peso e situação imigratória costumam ficar para amizades mais próximas. Se alguém perguntar algo que pareça pessoal demais, um “I’d rather not get into that” dito de leve e uma mudança de assunto são educados e normais.',
    whyItMatters:
      'Saber quais assuntos são de baixo risco facilita começar conversas, e sair das que deixam você desconfortável.',
    trySaying: [
      'Have you found any good places to eat around here? (Você já achou algum lugar bom para comer por aqui?)',
      'I’d rather not get into that — but how was your vacation? (Prefiro não entrar nesse assunto, mas como foram suas férias?)',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning:
          'Começar uma conversa e ajudar as pessoas a ficarem mais à vontade; é “quebrar o gelo”.',
        example: 'Perguntar sobre a nova máquina de café é um jeito fácil de break the ice.',
      },
    ],
  }),
  translation('pt-BR', original('tip-humour-how-are-you'), {
    title: '“How are you?” costuma ser só um cumprimento',
    body: 'Nos corredores e nos elevadores, “How are you?”, “How’s it going?” e “What’s up?” funcionam como um “oi”. Espera-se uma resposta curta, como “Good, you?” ou “Not much, you?”, mesmo num dia difícil. Quando um amigo ou seu mentor faz a mesma pergunta sentado com você, geralmente quer saber a resposta de verdade.',
    whyItMatters:
      'Uma resposta longa de passagem pode surpreender, e uma muito curta para um amigo pode parecer distante; o contexto mostra qual se espera.',
    trySaying: [
      'Good, thanks — you? (Tudo bem. E você?)',
      'Not much, just heading to clinic. You? (Nada de mais, estou indo para o ambulatório. E você?)',
    ],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'Um “oi, tudo certo?” informal, que raramente pede uma resposta de verdade.',
        example: '“What’s up?” “Not much — you?” (“E aí?” “Nada de mais, e você?”)',
      },
    ],
  }),
];
