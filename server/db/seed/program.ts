/**
 * The demo residency program. Alderbrook and its medical center are fictional; the two national
 * lines (the Physician Support Line and 988) are real, and their numbers were checked against their
 * own websites (see README.md). The program's own contacts use example.org and 555-01xx numbers.
 *
 * The resources are described in every language of the program, as the same US services: a national
 * line keeps its own English name (what a resident will hear and find on its website), with what it
 * is in the resident's language after it.
 */
import type { SeedProgram } from './types.js';

export const program: SeedProgram = {
  id: 'alderbrook-gme',
  name: 'Alderbrook Regional Medical Center — Graduate Medical Education',
  timeZone: 'America/New_York',
  region: 'US-NJ',
  locales: ['en', 'es', 'fr', 'pt-BR', 'ar', 'hi'],
  defaultLocale: 'en',
  supportResources: [
    {
      id: 'physician-support-line',
      kind: 'support-line',
      name: 'Physician Support Line',
      description:
        'Free, confidential peer support from volunteer psychiatrists, for physicians and medical students. No appointment needed, and calls are not reportable to licensing boards. Hours can change, so please check their website.',
      phone: '1-888-409-0141',
      sms: null,
      url: 'https://www.physiciansupportline.com',
      email: null,
      hours: '8am–1am ET, Monday to Friday',
    },
    {
      id: '988-lifeline',
      kind: 'crisis',
      name: '988 Suicide & Crisis Lifeline',
      description:
        'If you are in crisis or thinking about suicide, call or text 988 at any time to reach a trained counselor. It is free and confidential. If you are in immediate danger, call 911.',
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org',
      email: null,
      hours: '24 hours a day, 7 days a week',
    },
    {
      id: 'alderbrook-eap',
      kind: 'program',
      name: 'Alderbrook Employee Assistance Program',
      description:
        'Short-term counseling for you and your household, paid for by the hospital and kept separate from your training record. Call to talk to someone or to book a first appointment.',
      phone: '+1-973-555-0117',
      sms: null,
      url: 'https://eap.example.org',
      email: 'eap@example.org',
      hours: 'Phone line open 24/7; appointments on weekdays',
    },
    {
      id: 'gme-wellness-lead',
      kind: 'program',
      name: 'Lena Brooks, GME Wellness Lead',
      description:
        'Lena helps residents find support, time off for appointments, or a quiet word with someone. You can write or call her directly; what you share stays private unless you ask her to involve someone or your safety is at risk.',
      phone: '+1-973-555-0123',
      sms: null,
      url: null,
      email: 'lena.brooks@example.org',
      hours: 'Weekdays, 9am–5pm',
    },
  ],
  supportResourceTranslations: {
    es: {
      'physician-support-line': {
        name: 'Physician Support Line (línea de apoyo para médicos)',
        description:
          'Apoyo gratuito y confidencial entre colegas, atendido por psiquiatras voluntarios, para médicos y estudiantes de medicina. No hace falta cita, y las llamadas no se notifican a las juntas que otorgan la licencia médica. El horario puede cambiar, así que consúltalo en su sitio web.',
        hours: 'De 8:00 a 1:00 (hora del Este), de lunes a viernes',
      },
      '988-lifeline': {
        name: '988 Suicide & Crisis Lifeline (línea de crisis y prevención del suicidio)',
        description:
          'Si estás en crisis o piensas en el suicidio, llama o envía un mensaje de texto al 988 a cualquier hora para hablar con un consejero capacitado. Es gratis y confidencial. Si estás en peligro inmediato, llama al 911.',
        hours: 'Las 24 horas, los 7 días de la semana',
      },
      'alderbrook-eap': {
        name: 'Programa de Asistencia al Empleado (EAP) de Alderbrook',
        description:
          'Atención psicológica breve para ti y las personas de tu hogar, pagada por el hospital y separada de tu expediente de formación. Llama para hablar con alguien o para pedir una primera cita.',
        hours: 'Teléfono abierto las 24 horas, todos los días; citas entre semana',
      },
      'gme-wellness-lead': {
        name: 'Lena Brooks, responsable de bienestar de GME',
        description:
          'Lena ayuda a los residentes a encontrar apoyo, tiempo libre para sus citas o una conversación tranquila con alguien. Puedes escribirle o llamarla directamente; lo que le cuentes queda en privado, salvo que le pidas que involucre a alguien o que tu seguridad esté en riesgo.',
        hours: 'Entre semana, de 9:00 a 17:00',
      },
    },
    fr: {
      'physician-support-line': {
        name: 'Physician Support Line (ligne de soutien pour médecins)',
        description:
          'Un soutien gratuit et confidentiel entre pairs, offert par des psychiatres bénévoles aux médecins et aux étudiants en médecine. Aucun rendez-vous n’est nécessaire, et les appels ne sont pas signalés aux organismes qui délivrent le permis d’exercer. Les heures peuvent changer, alors vérifiez-les sur leur site Web.',
        hours: 'De 8 h à 1 h (heure de l’Est), du lundi au vendredi',
      },
      '988-lifeline': {
        name: '988 Suicide & Crisis Lifeline (ligne d’écoute en cas de crise ou d’idées suicidaires)',
        description:
          'Si vous êtes en crise ou avez des pensées suicidaires, appelez le 988 ou envoyez-lui un texto, à toute heure, pour parler à une personne formée pour vous aider. C’est gratuit et confidentiel. Si vous êtes en danger immédiat, composez le 911.',
        hours: '24 heures sur 24, 7 jours sur 7',
      },
      'alderbrook-eap': {
        name: 'Programme d’aide aux employés (PAE) d’Alderbrook',
        description:
          'Des consultations de courte durée pour vous et les personnes de votre foyer, payées par l’hôpital et tenues à l’écart de votre dossier de formation. Appelez pour parler à quelqu’un ou pour prendre un premier rendez-vous.',
        hours: 'Ligne téléphonique ouverte jour et nuit, 7 jours sur 7; rendez-vous en semaine',
      },
      'gme-wellness-lead': {
        name: 'Lena Brooks, responsable du bien-être des résidents et résidentes',
        description:
          'Lena aide les résidents et résidentes à trouver du soutien, du temps pour leurs rendez-vous ou simplement quelqu’un à qui parler en toute discrétion. Vous pouvez lui écrire ou l’appeler directement; ce que vous lui confiez reste privé, sauf si vous lui demandez d’en parler à quelqu’un ou si votre sécurité est en jeu.',
        hours: 'En semaine, de 9 h à 17 h',
      },
    },
    'pt-BR': {
      'physician-support-line': {
        name: 'Physician Support Line (linha de apoio para médicos)',
        description:
          'Apoio gratuito e confidencial entre colegas, oferecido por psiquiatras voluntários a médicos e estudantes de medicina. Não é preciso agendar, e as ligações não são comunicadas aos conselhos que concedem a licença médica. O horário pode mudar, então confira no site deles.',
        hours: 'Das 8h à 1h (horário do Leste dos EUA), de segunda a sexta',
      },
      '988-lifeline': {
        name: '988 Suicide & Crisis Lifeline (linha de apoio em crises e prevenção do suicídio)',
        description:
          'Se você está em crise ou pensando em suicídio, ligue ou mande uma mensagem de texto para o 988 a qualquer hora para falar com um profissional treinado. É gratuito e confidencial. Se você estiver em perigo imediato, ligue para o 911.',
        hours: '24 horas por dia, 7 dias por semana',
      },
      'alderbrook-eap': {
        name: 'Programa de Assistência ao Funcionário (EAP) de Alderbrook',
        description:
          'Atendimento psicológico de curta duração para você e as pessoas da sua casa, pago pelo hospital e mantido separado do seu histórico de formação. Ligue para conversar com alguém ou marcar uma primeira consulta.',
        hours: 'Telefone 24 horas por dia, todos os dias; consultas em dias úteis',
      },
      'gme-wellness-lead': {
        name: 'Lena Brooks, responsável pelo bem-estar dos residentes',
        description:
          'A Lena ajuda residentes a encontrar apoio, tempo livre para consultas ou uma conversa tranquila com alguém. Você pode escrever ou ligar diretamente para ela; o que você contar fica em sigilo, a menos que você peça que ela envolva outra pessoa ou que sua segurança esteja em risco.',
        hours: 'Dias úteis, das 9h às 17h',
      },
    },
    ar: {
      'physician-support-line': {
        name: 'Physician Support Line (خط دعم الأطباء)',
        description:
          'دعم مجاني وسري من الزملاء، يقدمه أطباء نفسيون متطوعون للأطباء وطلاب الطب. لا حاجة إلى موعد مسبق، ولا يُبلَّغ عن المكالمات إلى مجالس منح التراخيص الطبية. قد تتغير ساعات العمل، لذا يُرجى التحقق منها على موقعهم الإلكتروني.',
        hours:
          'من 8 صباحًا حتى 1 بعد منتصف الليل بتوقيت شرق الولايات المتحدة، من الاثنين إلى الجمعة',
      },
      '988-lifeline': {
        name: '988 Suicide & Crisis Lifeline (خط المساعدة في الأزمات ومنع الانتحار)',
        description:
          'عند المرور بأزمة أو وجود أفكار انتحارية، يمكن الاتصال بالرقم 988 أو مراسلته نصيًا في أي وقت للتحدث مع مستشار مدرَّب. الخدمة مجانية وسرية. وفي حال وجود خطر داهم، يُرجى الاتصال بالرقم 911.',
        hours: 'على مدار الساعة، طوال أيام الأسبوع',
      },
      'alderbrook-eap': {
        name: 'برنامج مساعدة الموظفين (EAP) في ألدربروك',
        description:
          'استشارات نفسية قصيرة الأمد لك ولأفراد أسرتك، يتحمل المستشفى تكلفتها، وتبقى منفصلة عن سجل تدريبك. يمكنك الاتصال للتحدث مع أحد أو لحجز موعد أول.',
        hours: 'الخط الهاتفي متاح على مدار الساعة؛ المواعيد في أيام العمل',
      },
      'gme-wellness-lead': {
        name: 'لينا بروكس (Lena Brooks)، مسؤولة رفاه الأطباء المقيمين',
        description:
          'تساعد لينا الأطباء المقيمين على إيجاد الدعم، أو وقت للمواعيد، أو حديث هادئ مع أحد. يمكنك مراسلتها أو الاتصال بها مباشرة، وكل ما يُشارَك معها يبقى خاصًا، إلا بطلب منك لإشراك أحد أو إذا كانت سلامتك في خطر.',
        hours: 'أيام العمل، من 9 صباحًا حتى 5 مساءً',
      },
    },
    hi: {
      'physician-support-line': {
        name: 'Physician Support Line (डॉक्टरों के लिए सहायता लाइन)',
        description:
          'स्वयंसेवी मनोचिकित्सकों की ओर से डॉक्टरों और मेडिकल छात्रों के लिए मुफ़्त और गोपनीय सहायता। पहले से समय लेने की ज़रूरत नहीं है, और कॉल की जानकारी लाइसेंस देने वाले बोर्ड को नहीं दी जाती। समय बदल सकता है, इसलिए कृपया उनकी वेबसाइट पर देख लीजिए।',
        hours: 'सुबह 8 बजे से रात 1 बजे तक (अमेरिकी पूर्वी समय), सोमवार से शुक्रवार',
      },
      '988-lifeline': {
        name: '988 Suicide & Crisis Lifeline (संकट और आत्महत्या-रोकथाम हेल्पलाइन)',
        description:
          'अगर आप संकट में हैं या आपके मन में आत्महत्या के विचार आ रहे हैं, तो किसी भी समय 988 पर कॉल या टेक्स्ट कीजिए और प्रशिक्षित काउंसलर से बात कीजिए। यह मुफ़्त और गोपनीय है। अगर आपको तुरंत खतरा है, तो 911 पर कॉल कीजिए।',
        hours: 'दिन के 24 घंटे, हफ़्ते के सातों दिन',
      },
      'alderbrook-eap': {
        name: 'एल्डरब्रुक कर्मचारी सहायता कार्यक्रम (EAP)',
        description:
          'आपके और आपके घर के लोगों के लिए कम अवधि की काउंसलिंग, जिसका खर्च अस्पताल उठाता है और जो आपके ट्रेनिंग रिकॉर्ड से अलग रखी जाती है। किसी से बात करने या पहली अपॉइंटमेंट लेने के लिए कॉल कीजिए।',
        hours: 'फ़ोन लाइन हर समय खुली; अपॉइंटमेंट कामकाजी दिनों में',
      },
      'gme-wellness-lead': {
        name: 'लेना ब्रुक्स (Lena Brooks), रेज़िडेंट्स की वेलनेस प्रमुख',
        description:
          'लेना रेज़िडेंट्स को सहायता ढूँढ़ने, अपॉइंटमेंट के लिए छुट्टी लेने, या किसी से शांति से बात करने में मदद करती हैं। उन्हें सीधे लिखा या फ़ोन किया जा सकता है; आपकी बताई बातें निजी रहती हैं, जब तक आप उनसे किसी और को शामिल करने को न कहें या आपकी सुरक्षा खतरे में न हो।',
        hours: 'कामकाजी दिन, सुबह 9 से शाम 5 बजे तक',
      },
    },
  },
};
