/**
 * Arabic translations (polite Modern Standard Arabic) of the tips a resident sees first. Idiom
 * phrases and "try saying" phrases stay in English, as in `es.ts`; each example is the English
 * sentence a resident will hear, followed by its meaning in Arabic. Where a verb addressed to the
 * reader would have to be masculine or feminine, the wording uses a noun or the passive instead.
 */
import type { SeedTip } from '../types.js';
import { original } from './originals.js';
import { translation } from './tip.js';

export const arabic: SeedTip[] = [
  translation('ar', original('tip-humour-weekend'), {
    title: '«How was your weekend?» سؤال ينتظر إجابة قصيرة',
    body: 'في صباح يوم الاثنين كثيرًا ما يسأل الزملاء «How was your weekend?» (كيف كانت عطلة نهاية الأسبوع؟)، وفي يوم الجمعة «Any plans for the weekend?» (هل من خطط لعطلة نهاية الأسبوع؟). تكفي جملة أو جملتان مع سؤال مماثل في المقابل. وعبارة «I mostly tried to catch up on sleep» (حاولت في الغالب تعويض ما فاتني من نوم) إجابة مناسبة تمامًا، وكثيرًا ما تفتح حديثًا وديًا عن المناوبات الليلية.',
    whyItMatters:
      'هذه الأحاديث القصيرة هي طريقة الزملاء في التعارف بين مهمة وأخرى، وردّ السؤال يُظهر اهتمامك أنت أيضًا.',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours? (هادئة إلى حد ما، عوّضتُ ما فاتني من نوم. وأنت؟)',
      'I finally tried the Thai place on Main Street. Did you do anything fun? (جرّبت أخيرًا المطعم التايلندي في Main Street. هل فعلت شيئًا ممتعًا؟)',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning:
          'إنجاز ما لم يتسع له الوقت من قبل، كالنوم أو القراءة أو الرد على البريد الإلكتروني.',
        example:
          'After a week of nights, I spent Sunday trying to catch up on sleep. (بعد أسبوع من المناوبات الليلية، قضيت يوم الأحد في تعويض ما فاتني من نوم.)',
      },
    ],
  }),
  translation('ar', original('tip-humour-sarcasm'), {
    title: 'السخرية كثيرًا ما تعني عكس ما تقوله الكلمات',
    body: 'عندما يقول زميل متعب بنبرة فاترة «Oh, great, another admission» (رائع، حالة دخول أخرى!)، فهو يقصد عكس «رائع» تمامًا. هذا النوع من السخرية شائع في العمل، وهو في العادة طريقة لمشاركة الإحباط، لا شكوى من أحد. وعند الشك في جدية أحدهم، فإن ابتسامة وسؤالًا مثل «Are you pulling my leg?» طريقة لطيفة للتأكد.',
    whyItMatters:
      'أخذ التعليق الساخر بمعناه الحرفي قد يسبب موقفًا محرجًا، ومعرفة هذا النمط تتيح مشاركة الآخرين الضحك أو تجاوز الأمر.',
    trySaying: [
      'Are you pulling my leg? (هل تمزح معي؟)',
      'I can’t tell if you’re serious — are you joking? (لا أعرف إن كان هذا جدًا أم مزاحًا.)',
    ],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning: 'المزاح مع شخص بإخباره بشيء غير صحيح بنبرة جادة.',
        example:
          '“The attending wants the whole list in rhyme.” “You’re pulling my leg.” “Yes, I am.” («الطبيب المشرف يريد القائمة كلها شعرًا.» «أنت تمزح معي.» «نعم، أمزح.»)',
      },
    ],
  }),
  translation('ar', original('tip-humour-self-deprecating'), {
    title: 'عندما يمزح الأطباء الأقدم عن أنفسهم',
    body: 'كثيرًا ما يمزح الأطباء المشرفون (attendings) والمقيمون الأقدم عن أنفسهم، وهو ما يُسمّى بالإنجليزية poke fun at oneself: «Twenty years a doctor, and I still can’t beat this printer» (عشرون عامًا في الطب وما زالت هذه الطابعة تغلبني). إنها طريقة لتخفيف التراتبية وإشاعة الارتياح في الفريق. تكفي ابتسامة أو ردّ خفيف، ولا حاجة إلى الموافقة أو إلى مزحة أقوى.',
    whyItMatters:
      'معرفة هذا الأسلوب تساعد على فهمه على أنه ودّ ودعوة إلى الاسترخاء، لا ضعف أو اختبار.',
    trySaying: [
      'Don’t worry, the printer wins against all of us. (لا داعي للقلق، الطابعة تغلبنا جميعًا.)',
      'That makes me feel much better about my first week! (هذا يطمئنني كثيرًا بشأن أسبوعي الأول!)',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'المزاح بشأن شخص أو شيء بطريقة خفيفة لا أذى فيها.',
        example:
          'She likes to poke fun at her own terrible coffee. (تحب أن تمزح بشأن قهوتها الرديئة.)',
      },
    ],
  }),
  translation('ar', original('tip-humour-missed-joke'), {
    title: 'لا بأس في الاعتراف بأن النكتة فاتتك',
    body: 'كثير من النكات يعتمد على برامج تلفزيونية أو رياضة أو ذكريات طفولة لا يتعلمها أحد في كلية الطب. وإذا فاتك معنى نكتة ما، أو كما يقال بالإنجليزية it went over your head، فإن الاعتراف بذلك بابتسامة يجلب عادةً شرحًا وديًا، وكثيرًا ما يجلب ضحكة ثانية. أما الصمت فقد يُفهم على أنه عدم اهتمام، في حين أن السؤال يُظهر رغبتك في المشاركة.',
    whyItMatters:
      'لا يستطيع الزملاء التمييز بين «لم أفهم» و«لم أجدها مضحكة» ما لم يُقَل لهم ذلك، وسؤال سريع يبقيك في الحديث.',
    trySaying: [
      'That one went over my head — what’s the reference? (هذه فاتتني، إلامَ تشير؟)',
      'I haven’t seen that show. Should I? (لم أشاهد ذلك المسلسل. هل يستحق المشاهدة؟)',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning: 'تعبير عن عدم فهم شيء، غالبًا لأنه يحتاج إلى معرفة لم تكن متوفرة لدى السامع.',
        example:
          'The joke about the old sitcom went right over my head. (النكتة عن ذلك المسلسل الكوميدي القديم فاتتني تمامًا.)',
      },
    ],
  }),
  translation('ar', original('tip-humour-q-word'), {
    title: 'لا يُقال أبدًا إن المناوبة «هادئة»',
    body: 'يعتقد كثير من العاملين في المستشفيات أن وصف المناوبة بالهادئة (quiet) بصوت عالٍ يجلب سيلًا من حالات الدخول، لذا يسمّون هذه الكلمة «the Q word». وإذا أفلتت الكلمة، فالمتوقَّع رعب مصطنع وضحك: إنها مداعبة، لا شكوى حقيقية. وبعد أي عبارة متفائلة تُسمَع أيضًا عبارة «knock on wood»، وغالبًا مع نقرة خفيفة على المكتب.',
    whyItMatters:
      'إنها من أكثر النكات تداولًا في الأقسام وفي أقسام الطوارئ، وفهمها يجعلك جزءًا من روح الدعابة في الفريق.',
    trySaying: [
      'Let’s just say it’s been… calm. Knock on wood. (لنقل إن الأمور كانت… ساكنة. أرجو ألا أكون قد جلبت النحس.)',
      'Oops — I take back the Q word! (عفوًا، أسحب الكلمة الممنوعة!)',
    ],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          'كلمة «quiet» (هادئ)، التي يتجنبها العاملون أثناء المناوبة لأنهم يعتقدون مازحين أنها تجلب الفوضى.',
        example:
          '“Wow, it’s so—” “Don’t say the Q word!” («يا له من…» «لا، لا تُكمل الكلمة الممنوعة!»)',
      },
      {
        phrase: 'knock on wood',
        meaning: 'تُقال بعد ملاحظة متفائلة، نصف مزاحًا، تجنبًا لجلب النحس.',
        example:
          'No pages in the last hour, knock on wood. (لا نداءات منذ ساعة، وأرجو أن يستمر ذلك.)',
      },
    ],
  }),
  translation('ar', original('tip-humour-safe-topics'), {
    title: 'مواضيع سهلة للأحاديث القصيرة، وأخرى تُترك لوقت لاحق',
    body: 'الطقس والطعام وخطط عطلة نهاية الأسبوع والحيوانات الأليفة والمسلسلات والسفر طرق سهلة من أجل break the ice (كسر الجليد) مع أشخاص لا تجمعك بهم معرفة وثيقة بعد. أما الراتب والدين والسياسة والوزن ووضع الهجرة فعادةً ما تُترك للصداقات الأقرب. وإذا جاء سؤال يبدو شخصيًا أكثر من اللازم، فعبارة خفيفة مثل «I’d rather not get into that» ثم الانتقال إلى موضوع آخر تصرّف مهذب وطبيعي.',
    whyItMatters:
      'معرفة المواضيع قليلة المخاطر تسهّل بدء الأحاديث، والابتعاد عن تلك التي تسبب الحرج.',
    trySaying: [
      'Have you found any good places to eat around here? (هل وجدت أماكن جيدة للأكل هنا؟)',
      'I’d rather not get into that — but how was your vacation? (أفضّل ألا أخوض في ذلك، لكن كيف كانت إجازتك؟)',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning: 'بدء حديث ومساعدة الناس على الشعور بارتياح أكبر، أي «كسر الجليد».',
        example:
          'Asking about the new coffee machine is an easy way to break the ice. (السؤال عن آلة القهوة الجديدة طريقة سهلة لكسر الجليد.)',
      },
    ],
  }),
  translation('ar', original('tip-humour-how-are-you'), {
    title: '«How are you?» تحية في الغالب',
    body: 'في الممرات والمصاعد، تعمل عبارات «How are you?» و«How’s it going?» و«What’s up?» عمل التحية. والرد المتوقع قصير، مثل «Good, you?» أو «Not much, you?»، حتى في يوم صعب. أما حين يطرح صديق أو مرشدك السؤال نفسه وهو جالس معك، فهو في العادة يريد الإجابة الحقيقية.',
    whyItMatters:
      'الإجابة الطويلة أثناء المرور قد تفاجئ الناس، والإجابة القصيرة جدًا لصديق قد تبدو فاترة؛ والموقف هو ما يحدد المطلوب.',
    trySaying: [
      'Good, thanks — you? (بخير، شكرًا. وأنت؟)',
      'Not much, just heading to clinic. You? (لا جديد، في طريقي إلى العيادة. وأنت؟)',
    ],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'تحية عابرة بمعنى «مرحبًا، كيف الحال؟»، ونادرًا ما تنتظر إجابة حقيقية.',
        example: '“What’s up?” “Not much — you?” («ما الأخبار؟» «لا جديد، وأنت؟»)',
      },
    ],
  }),
];
