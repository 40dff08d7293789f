/**
 * Hindi translations (`आप`) of the tips a resident sees first. Idiom phrases and "try saying"
 * phrases stay in English, as in `es.ts`; each example is the English sentence a resident will
 * hear, followed by its meaning in Hindi.
 */
import type { SeedTip } from '../types.js';
import { original } from './originals.js';
import { translation } from './tip.js';

export const hindi: SeedTip[] = [
  translation('hi', original('tip-humour-weekend'), {
    title: '“How was your weekend?” — छोटा जवाब काफ़ी है',
    body: 'सोमवार सुबह सहकर्मी अक्सर पूछते हैं “How was your weekend?” (वीकेंड कैसा रहा?), और शुक्रवार को “Any plans for the weekend?” (वीकेंड का कोई प्लान?)। एक-दो वाक्य और बदले में एक सवाल, बस इतना ही अपेक्षित है। “I mostly tried to catch up on sleep” (ज़्यादातर नींद पूरी करने की कोशिश की) बिल्कुल ठीक जवाब है, और अक्सर इससे नाइट शिफ़्ट पर दोस्ताना बातचीत शुरू हो जाती है।',
    whyItMatters:
      'इन छोटी-छोटी बातों से ही टीम के लोग कामों के बीच एक-दूसरे को जानते हैं, और बदले में सवाल पूछना दिखाता है कि आपकी भी इसमें रुचि है।',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours? (काफ़ी शांत रहा, नींद पूरी की। आपका कैसा रहा?)',
      'I finally tried the Thai place on Main Street. Did you do anything fun? (आख़िरकार Main Street वाला थाई रेस्टोरेंट आज़माया। आपने कुछ मज़ेदार किया?)',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning: 'जो काम पहले समय न मिलने से छूट गया हो, उसे पूरा करना, जैसे नींद, पढ़ाई या ईमेल।',
        example:
          'After a week of nights, I spent Sunday trying to catch up on sleep. (नाइट शिफ़्ट वाले हफ़्ते के बाद पूरा रविवार नींद पूरी करने में गया।)',
      },
    ],
  }),
  translation('hi', original('tip-humour-sarcasm'), {
    title: 'व्यंग्य में अक्सर शब्दों का उल्टा मतलब होता है',
    body: 'जब कोई थका हुआ सहकर्मी सपाट आवाज़ में कहता है “Oh, great, another admission” (वाह, एक और भर्ती!), तो उसका मतलब “वाह” का ठीक उल्टा होता है। काम पर इस तरह का व्यंग्य आम है, और आम तौर पर यह अपनी झुंझलाहट बाँटने का तरीका होता है, किसी की शिकायत नहीं। अगर यक़ीन न हो कि कोई गंभीरता से कह रहा है या नहीं, तो मुस्कुराकर “Are you pulling my leg?” पूछना जाँचने का दोस्ताना तरीका है।',
    whyItMatters:
      'व्यंग्य भरी बात को शब्दशः लेने से अजीब स्थिति बन सकती है; यह ढंग पहचान लेने पर साथ में हँसना या बात को जाने देना आसान हो जाता है।',
    trySaying: [
      'Are you pulling my leg? (आप मज़ाक कर रहे हैं न?)',
      'I can’t tell if you’re serious — are you joking? (समझ नहीं आ रहा कि यह सच है या मज़ाक।)',
    ],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning: 'गंभीर आवाज़ में कोई झूठी बात कहकर किसी से मज़ाक करना; जैसे हिंदी में “टाँग खींचना”।',
        example:
          '“The attending wants the whole list in rhyme.” “You’re pulling my leg.” “Yes, I am.” (“अटेंडिंग को पूरी लिस्ट तुकबंदी में चाहिए।” “मज़ाक मत कीजिए।” “हाँ, मज़ाक ही है।”)',
      },
    ],
  }),
  translation('hi', original('tip-humour-self-deprecating'), {
    title: 'जब सीनियर अपने ऊपर ही मज़ाक करते हैं',
    body: 'अटेंडिंग्स और सीनियर रेज़िडेंट्स अक्सर poke fun at themselves, यानी अपने ऊपर ही हँसते हैं: “Twenty years a doctor, and I still can’t beat this printer” (बीस साल से डॉक्टर हूँ, फिर भी यह प्रिंटर मुझसे नहीं हारता)। यह ऊँच-नीच को हल्का करने और टीम को सहज बनाने का तरीका है। एक मुस्कान या हल्का-सा जवाब काफ़ी है; न सहमति जताने की ज़रूरत है, न उससे बढ़िया मज़ाक करने की।',
    whyItMatters:
      'इस अंदाज़ को पहचान लेने पर इसे अपनापन और सहज होने का न्योता समझना आसान होता है, कमज़ोरी या परीक्षा नहीं।',
    trySaying: [
      'Don’t worry, the printer wins against all of us. (चिंता मत कीजिए, प्रिंटर हम सबसे जीत जाता है।)',
      'That makes me feel much better about my first week! (यह सुनकर अपने पहले हफ़्ते को लेकर काफ़ी तसल्ली हुई!)',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'किसी व्यक्ति या चीज़ पर हल्के-फुल्के ढंग से, बिना बुरी नीयत के मज़ाक करना।',
        example:
          'She likes to poke fun at her own terrible coffee. (उन्हें अपनी ख़राब कॉफ़ी का ख़ुद ही मज़ाक उड़ाना पसंद है।)',
      },
    ],
  }),
  translation('hi', original('tip-humour-missed-joke'), {
    title: 'यह कहना ठीक है कि मज़ाक समझ नहीं आया',
    body: 'बहुत से मज़ाक टीवी शो, खेल या बचपन की ऐसी बातों पर टिके होते हैं जो मेडिकल कॉलेज में कोई नहीं सिखाता। अगर कोई मज़ाक went over your head, यानी आपके सिर के ऊपर से निकल गया, तो मुस्कुराकर यह कह देने पर आम तौर पर दोस्ताना ढंग से समझा दिया जाता है, और अक्सर दोबारा हँसी भी होती है। चुप रहना दिलचस्पी की कमी समझा जा सकता है, जबकि पूछने से आपकी शामिल होने की इच्छा दिखती है।',
    whyItMatters:
      'जब तक आप न बताएँ, सहकर्मी “समझ नहीं आया” और “मज़ेदार नहीं लगा” में फ़र्क़ नहीं कर सकते, और एक छोटा-सा सवाल आपको बातचीत में बनाए रखता है।',
    trySaying: [
      'That one went over my head — what’s the reference? (यह मेरी समझ में नहीं आया, किस बारे में था?)',
      'I haven’t seen that show. Should I? (मैंने वह शो नहीं देखा। देखना चाहिए?)',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning:
          'कोई बात समझ में न आना, अक्सर इसलिए कि उसके लिए ऐसी जानकारी चाहिए थी जो आपके पास नहीं थी।',
        example:
          'The joke about the old sitcom went right over my head. (पुराने सिटकॉम वाला मज़ाक मेरी समझ में बिल्कुल नहीं आया।)',
      },
    ],
  }),
  translation('hi', original('tip-humour-q-word'), {
    title: 'किसी शिफ़्ट को कभी “शांत” मत कहिए',
    body: 'अस्पताल के बहुत से कर्मचारी मानते हैं कि शिफ़्ट को ज़ोर से शांत (“quiet”) कह देने से भर्तियों की बाढ़ आ जाती है, इसलिए वे इसे “the Q word” कहते हैं। अगर यह शब्द ग़लती से मुँह से निकल जाए, तो नकली डर और हँसी के लिए तैयार रहिए: यह हँसी-मज़ाक है, सच्ची शिकायत नहीं। किसी उम्मीद भरी बात के बाद “knock on wood” भी सुनाई देगा, अक्सर मेज़ पर हल्की थपकी के साथ।',
    whyItMatters:
      'वार्डों और इमरजेंसी विभागों में यह सबसे आम चलते मज़ाकों में से एक है, और इसे समझना आपको टीम के हँसी-मज़ाक का हिस्सा बनाता है।',
    trySaying: [
      'Let’s just say it’s been… calm. Knock on wood. (बस इतना कहें कि सब… ठहरा हुआ है। नज़र न लगे।)',
      'Oops — I take back the Q word! (ओह, वह “Q” वाला शब्द वापस!)',
    ],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          '“Quiet” (शांत), वह शब्द जिससे कर्मचारी शिफ़्ट के दौरान बचते हैं, क्योंकि मज़ाक में माना जाता है कि इससे अफ़रा-तफ़री मच जाती है।',
        example: '“Wow, it’s so—” “Don’t say the Q word!” (“वाह, आज तो बड़ा…” “वह शब्द मत कहिए!”)',
      },
      {
        phrase: 'knock on wood',
        meaning:
          'किसी उम्मीद भरी बात के बाद आधे मज़ाक में कहा जाता है, ताकि बुरी किस्मत न आए; जैसे “नज़र न लगे”।',
        example:
          'No pages in the last hour, knock on wood. (पिछले एक घंटे से कोई पेज नहीं आया, नज़र न लगे।)',
      },
    ],
  }),
  translation('hi', original('tip-humour-safe-topics'), {
    title: 'बातचीत के आसान विषय, और कुछ जिन्हें बाद के लिए रखना बेहतर है',
    body: 'मौसम, खाना, वीकेंड के प्लान, पालतू जानवर, टीवी सीरीज़ और घूमना-फिरना उन लोगों के साथ break the ice, यानी झिझक तोड़ने, के आसान तरीके हैं जिन्हें आप अभी ठीक से नहीं जानते। तनख़्वाह, धर्म, राजनीति, वज़न और इमिग्रेशन स्टेटस जैसे विषय आम तौर पर गहरी दोस्ती के लिए रखे जाते हैं। अगर कोई बहुत निजी सवाल पूछे, तो हल्के से “I’d rather not get into that” कहकर विषय बदल देना शिष्ट और सामान्य है।',
    whyItMatters:
      'कम जोखिम वाले विषय जानने से बातचीत शुरू करना आसान होता है, और असहज करने वाली बातचीत से हटना भी।',
    trySaying: [
      'Have you found any good places to eat around here? (क्या आपको यहाँ आसपास खाने की कोई अच्छी जगह मिली?)',
      'I’d rather not get into that — but how was your vacation? (इस बारे में बात न ही करें तो अच्छा, पर आपकी छुट्टियाँ कैसी रहीं?)',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning: 'बातचीत शुरू करना और लोगों को एक-दूसरे के साथ सहज महसूस कराना।',
        example:
          'Asking about the new coffee machine is an easy way to break the ice. (नई कॉफ़ी मशीन के बारे में पूछना झिझक तोड़ने का आसान तरीका है।)',
      },
    ],
  }),
  translation('hi', original('tip-humour-how-are-you'), {
    title: '“How are you?” अक्सर बस एक अभिवादन है',
    body: 'गलियारों और लिफ़्ट में “How are you?”, “How’s it going?” और “What’s up?” का मतलब बस “हैलो” होता है। जवाब छोटा ही अपेक्षित है, जैसे “Good, you?” या “Not much, you?”, चाहे दिन मुश्किल ही क्यों न हो। जब कोई दोस्त या आपके मेंटर आपके साथ बैठकर यही सवाल पूछें, तो आम तौर पर वे सच में जानना चाहते हैं।',
    whyItMatters:
      'चलते-चलते लंबा जवाब लोगों को चौंका सकता है, और किसी दोस्त को बहुत छोटा जवाब रूखा लग सकता है; माहौल से पता चलता है कि क्या अपेक्षित है।',
    trySaying: [
      'Good, thanks — you? (ठीक हूँ, धन्यवाद। आप?)',
      'Not much, just heading to clinic. You? (कुछ ख़ास नहीं, क्लिनिक का समय हो गया। आप?)',
    ],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'बेतकल्लुफ़ “हैलो, क्या हाल है?”, जिसका असली जवाब शायद ही कभी चाहिए होता है।',
        example: '“What’s up?” “Not much — you?” (“क्या चल रहा है?” “कुछ ख़ास नहीं, आप बताइए?”)',
      },
    ],
  }),
];
