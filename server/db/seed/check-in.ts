/**
 * The weekly well-being check-in, in English, Spanish, French, Brazilian Portuguese, Arabic and
 * Hindi. Under a minute: seven taps and an optional note. Items 3–5 are the UCLA 3-item Loneliness
 * Scale (Hughes et al., 2004); their English wording and answer options are the published
 * instrument and must not be edited. The other languages' wording of those three items is our own
 * translation, kept to the same meaning, not a separately validated version.
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

/**
 * The words of a translated form: each item's prompt, hint and option labels (in `en`'s order),
 * and each contact option's label and description. Everything else (ids, scoring, values, who an
 * option reaches) is `en`'s, so a translation can change what a resident reads and nothing else.
 */
interface FormWords {
  items: Record<string, { prompt: string; help?: string; options?: string[] }>;
  contactOptions: Record<string, { label: string; description: string }>;
}

function translated(locale: string, words: FormWords): SeedCheckInForm {
  const missing = (what: string): never => {
    throw new Error(`The ${locale} check-in form has no words for ${what}`);
  };
  return {
    ...en,
    items: en.items.map((item) => {
      const text = words.items[item.id] ?? missing(item.id);
      const prompt = text.prompt;
      const help = item.help === null ? null : (text.help ?? missing(`${item.id}'s hint`));
      if (item.kind !== 'scale') return { ...item, prompt, help };
      const options = item.options.map((option, index) => ({
        value: option.value,
        label: text.options?.[index] ?? missing(`${item.id}'s option ${option.value}`),
      }));
      return { ...item, prompt, help, options };
    }),
    contactOptions: en.contactOptions.map((option) => ({
      ...option,
      ...(words.contactOptions[option.id] ?? missing(`the contact option ${option.id}`)),
    })),
  };
}

/** French for a Canadian program: `vous`, and Canadian typography (no space before ?). */
const french = translated('fr', {
  items: {
    [ITEM.mood]: {
      prompt: 'Comment se sont portés votre moral et votre énergie cette semaine?',
      options: ['Très bas', 'Bas', 'Correct', 'Bon', 'Très bon'],
    },
    [ITEM.sleep]: {
      prompt: 'Comment avez-vous dormi ces temps-ci?',
      help: 'Pensez aux nuits où vous n’étiez pas de garde.',
      options: ['Très mal', 'Mal', 'Correctement', 'Bien', 'Très bien'],
    },
    [ITEM.uclaCompanionship]: {
      prompt: 'À quelle fréquence avez-vous le sentiment de manquer de compagnie?',
      options: ['Presque jamais', 'Parfois', 'Souvent'],
    },
    [ITEM.uclaLeftOut]: {
      prompt: 'À quelle fréquence avez-vous le sentiment qu’on vous laisse de côté?',
      options: ['Presque jamais', 'Parfois', 'Souvent'],
    },
    [ITEM.uclaIsolated]: {
      prompt: 'À quelle fréquence vous sentez-vous isolé ou isolée des autres?',
      options: ['Presque jamais', 'Parfois', 'Souvent'],
    },
    [ITEM.workload]: {
      prompt: 'Comment avez-vous vécu votre charge de travail cette semaine?',
      options: ['Légère', 'Gérable', 'Chargée', 'Très lourde', 'Plus que je ne pouvais gérer'],
    },
    [ITEM.safety]: {
      prompt:
        'Cette semaine, j’ai pu poser une question ou reconnaître que je n’avais pas compris quelque chose sans m’inquiéter de l’image que je donnais.',
      options: [
        'Pas du tout vrai',
        'Rarement vrai',
        'Parfois vrai',
        'Plutôt vrai',
        'Tout à fait vrai',
      ],
    },
    [ITEM.note]: {
      prompt: 'Voulez-vous ajouter quelque chose, pour vous-même?',
      help: 'Personne ne lit ce texte, pas même votre programme, et il ne vous est pas montré de nouveau. Pour en parler à quelqu’un, demandez plus bas qu’on communique avec vous.',
    },
  },
  contactOptions: {
    mentor: {
      label: 'Mon mentor ou ma mentore',
      description:
        'Votre mentor reçoit un message disant que vous aimeriez parler, et communiquera avec vous pour trouver un moment.',
    },
    'wellness-lead': {
      label: 'La responsable du bien-être',
      description:
        'Lena Brooks, responsable du bien-être des résidents et résidentes, communiquera avec vous d’ici deux jours ouvrables.',
    },
    'program-director': {
      label: 'La directrice du programme',
      description:
        'La Dre Kessler communiquera avec vous en privé pour convenir d’un moment pour parler.',
    },
  },
});

/** Brazilian Portuguese: `você`. */
const portuguese = translated('pt-BR', {
  items: {
    [ITEM.mood]: {
      prompt: 'Como estiveram seu humor e sua energia esta semana?',
      options: ['Muito baixos', 'Baixos', 'Razoáveis', 'Bons', 'Muito bons'],
    },
    [ITEM.sleep]: {
      prompt: 'Como você tem dormido?',
      help: 'Pense nas noites em que você não estava de plantão.',
      options: ['Muito mal', 'Mal', 'Mais ou menos', 'Bem', 'Muito bem'],
    },
    [ITEM.uclaCompanionship]: {
      prompt: 'Com que frequência você sente que lhe falta companhia?',
      options: ['Quase nunca', 'Às vezes', 'Com frequência'],
    },
    [ITEM.uclaLeftOut]: {
      prompt: 'Com que frequência você sente que fica de fora?',
      options: ['Quase nunca', 'Às vezes', 'Com frequência'],
    },
    [ITEM.uclaIsolated]: {
      prompt: 'Com que frequência você se sente isolado ou isolada das outras pessoas?',
      options: ['Quase nunca', 'Às vezes', 'Com frequência'],
    },
    [ITEM.workload]: {
      prompt: 'Como você sentiu sua carga de trabalho esta semana?',
      options: ['Leve', 'Dava para levar', 'Corrida', 'Muito pesada', 'Mais do que eu dava conta'],
    },
    [ITEM.safety]: {
      prompt:
        'Esta semana consegui fazer uma pergunta ou admitir que não entendi algo sem me preocupar com a impressão que isso causaria.',
      options: [
        'Nada verdadeiro',
        'Raramente verdadeiro',
        'Às vezes verdadeiro',
        'Quase sempre verdadeiro',
        'Totalmente verdadeiro',
      ],
    },
    [ITEM.note]: {
      prompt: 'Quer acrescentar algo, só para você?',
      help: 'Ninguém lê isto, nem o seu programa, e isto não volta a ser mostrado a você. Para contar a alguém, peça abaixo que entrem em contato.',
    },
  },
  contactOptions: {
    mentor: {
      label: 'Meu mentor ou minha mentora',
      description:
        'Seu mentor recebe um aviso de que você gostaria de conversar e vai entrar em contato para combinar um horário.',
    },
    'wellness-lead': {
      label: 'A responsável pelo bem-estar',
      description:
        'Lena Brooks, responsável pelo bem-estar dos residentes, vai entrar em contato em até dois dias úteis.',
    },
    'program-director': {
      label: 'A diretora do programa',
      description: 'A Dra. Kessler vai falar com você em particular para marcar uma conversa.',
    },
  },
});

/**
 * Arabic: polite Modern Standard Arabic. Where a verb addressed to the reader would have to be
 * masculine or feminine, the wording uses a noun instead ("the feeling of …"), so it reads alike
 * for everyone.
 */
const arabic = translated('ar', {
  items: {
    [ITEM.mood]: {
      prompt: 'كيف كانت حالتك المزاجية وطاقتك هذا الأسبوع؟',
      options: ['منخفضة جدًا', 'منخفضة', 'لا بأس بها', 'جيدة', 'جيدة جدًا'],
    },
    [ITEM.sleep]: {
      prompt: 'كيف كان نومك في الفترة الأخيرة؟',
      help: 'المقصود الليالي التي لم تكن لديك فيها مناوبة.',
      options: ['سيئ جدًا', 'سيئ', 'لا بأس به', 'جيد', 'جيد جدًا'],
    },
    [ITEM.uclaCompanionship]: {
      prompt: 'كم مرة يراودك الشعور بافتقاد الرفقة؟',
      options: ['نادرًا جدًا', 'أحيانًا', 'كثيرًا'],
    },
    [ITEM.uclaLeftOut]: {
      prompt: 'كم مرة يراودك الشعور بالاستبعاد؟',
      options: ['نادرًا جدًا', 'أحيانًا', 'كثيرًا'],
    },
    [ITEM.uclaIsolated]: {
      prompt: 'كم مرة يراودك الشعور بالعزلة عن الآخرين؟',
      options: ['نادرًا جدًا', 'أحيانًا', 'كثيرًا'],
    },
    [ITEM.workload]: {
      prompt: 'كيف وجدت عبء العمل هذا الأسبوع؟',
      options: ['خفيف', 'يمكن تدبّره', 'مزدحم', 'ثقيل جدًا', 'أكثر مما أستطيع تحمّله'],
    },
    [ITEM.safety]: {
      prompt:
        'هذا الأسبوع، استطعتُ أن أطرح سؤالًا أو أعترف بأنني لم أفهم شيئًا دون أن أقلق بشأن نظرة الآخرين إليّ.',
      options: ['غير صحيح إطلاقًا', 'صحيح نادرًا', 'صحيح أحيانًا', 'صحيح في الغالب', 'صحيح تمامًا'],
    },
    [ITEM.note]: {
      prompt: 'هل من شيء آخر يهمّك إضافته لنفسك؟',
      help: 'لا يقرأ هذا أحد، ولا حتى برنامجك، ولن يُعرض عليك مرة أخرى. وإن أردت إخبار أحد، يمكنك أدناه طلب أن يتواصل معك.',
    },
  },
  contactOptions: {
    mentor: {
      label: 'مرشدي',
      description: 'يصل إلى مرشدك إشعار برغبتك في الحديث، وسيتواصل معك لتحديد موعد مناسب.',
    },
    'wellness-lead': {
      label: 'مسؤولة الرفاه',
      description:
        'ستتواصل معك لينا بروكس (Lena Brooks)، مسؤولة رفاه الأطباء المقيمين، خلال يومَي عمل.',
    },
    'program-director': {
      label: 'مديرة البرنامج',
      description: 'ستتواصل معك الدكتورة كيسلر (Dr. Kessler) على انفراد لترتيب موعد للحديث.',
    },
  },
});

/** Hindi: `आप`, with wording that reads the same whoever answers. */
const hindi = translated('hi', {
  items: {
    [ITEM.mood]: {
      prompt: 'इस हफ़्ते आपका मूड और आपकी ऊर्जा कैसी रही?',
      options: ['बहुत कम', 'कम', 'ठीक-ठाक', 'अच्छी', 'बहुत अच्छी'],
    },
    [ITEM.sleep]: {
      prompt: 'आजकल आपकी नींद कैसी रही है?',
      help: 'उन रातों के बारे में सोचिए जब आपकी ऑन-कॉल ड्यूटी नहीं थी।',
      options: ['बहुत खराब', 'खराब', 'ठीक-ठाक', 'अच्छी', 'बहुत अच्छी'],
    },
    [ITEM.uclaCompanionship]: {
      prompt: 'आपको कितनी बार साथ की कमी महसूस होती है?',
      options: ['लगभग कभी नहीं', 'कभी-कभी', 'अक्सर'],
    },
    [ITEM.uclaLeftOut]: {
      prompt: 'आपको कितनी बार लगता है कि आपको शामिल नहीं किया जाता?',
      options: ['लगभग कभी नहीं', 'कभी-कभी', 'अक्सर'],
    },
    [ITEM.uclaIsolated]: {
      prompt: 'आपको कितनी बार दूसरों से अलगाव महसूस होता है?',
      options: ['लगभग कभी नहीं', 'कभी-कभी', 'अक्सर'],
    },
    [ITEM.workload]: {
      prompt: 'इस हफ़्ते काम का बोझ आपको कैसा लगा?',
      options: ['हल्का', 'संभालने लायक', 'व्यस्त', 'बहुत भारी', 'मेरी क्षमता से ज़्यादा'],
    },
    [ITEM.safety]: {
      prompt:
        'इस हफ़्ते मेरे लिए यह मुमकिन था कि मैं कोई सवाल पूछूँ या मान लूँ कि मुझे कुछ समझ नहीं आया, बिना यह चिंता किए कि यह कैसा लगेगा।',
      options: ['बिल्कुल सच नहीं', 'शायद ही कभी सच', 'कभी-कभी सच', 'ज़्यादातर सच', 'पूरी तरह सच'],
    },
    [ITEM.note]: {
      prompt: 'अपने लिए कुछ और लिखना हो तो यहाँ लिखिए।',
      help: 'इसे कोई नहीं पढ़ता, आपका प्रोग्राम भी नहीं, और यह आपको दोबारा नहीं दिखाया जाता। किसी से बात करनी हो, तो नीचे उनसे कहिए कि वे आपसे संपर्क करें।',
    },
  },
  contactOptions: {
    mentor: {
      label: 'मेरे मेंटर',
      description:
        'आपके मेंटर को बातचीत के आपके अनुरोध की सूचना मिलेगी, और वे समय तय करने के लिए आपसे संपर्क करेंगे।',
    },
    'wellness-lead': {
      label: 'वेलनेस प्रमुख',
      description:
        'रेज़िडेंट्स की वेलनेस प्रमुख, लेना ब्रुक्स (Lena Brooks), दो कामकाजी दिनों के भीतर आपसे संपर्क करेंगी।',
    },
    'program-director': {
      label: 'प्रोग्राम डायरेक्टर',
      description: 'डॉ. केसलर (Dr. Kessler) निजी तौर पर आपसे संपर्क करके बातचीत का समय तय करेंगी।',
    },
  },
});

export const checkInForms: Record<string, SeedCheckInForm> = {
  en,
  es,
  fr: french,
  'pt-BR': portuguese,
  ar: arabic,
  hi: hindi,
};
