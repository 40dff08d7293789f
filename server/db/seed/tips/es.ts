/**
 * Spanish translations of a selection of tips. Idiom phrases stay in English, as residents hear
 * them at work; their meaning and example are in Spanish. "Try saying" phrases stay in English too,
 * because they are what a resident says to English-speaking colleagues, each with a Spanish gloss.
 */
import type { SeedTip } from '../types.js';
import { original } from './originals.js';
import { translation } from './tip.js';

export const spanish: SeedTip[] = [
  translation('es', original('tip-sbar-basics'), {
    title: 'SBAR: cuatro pasos para cualquier llamada sobre un paciente',
    body: 'SBAR significa Situation, Background, Assessment y Recommendation: qué está pasando ahora, los antecedentes que importan, qué crees que ocurre y qué quieres que haga quien te escucha. Enfermeras, residentes y médicos de planta (attendings) de todo EE. UU. lo usan, así que te hace fácil de seguir desde el primer momento. Empieza por el bottom line —la situación— y resume los antecedentes.',
    whyItMatters:
      'Un orden predecible permite a alguien ocupado entender el problema en segundos y hace menos probable que se pase por alto algo importante.',
    trySaying: [
      'This is Dr. … on 5 West, calling about Mr. Lee in bed 12, who is newly hypotensive. (Llamo del 5 Oeste por el Sr. Lee, cama 12, que está hipotenso.)',
      'My assessment is possible sepsis, and I’d like you to come and see him. (Creo que puede ser sepsis y quiero que vengas a verlo.)',
    ],
    idioms: [
      {
        phrase: 'bottom line',
        meaning: 'Lo más importante; la conclusión.',
        example:
          'Si tu residente mayor te dice “Give me the bottom line”, quiere que vayas directo a lo esencial.',
      },
    ],
  }),
  translation('es', original('tip-sbar-escalate'), {
    title: 'Escala con claridad, sin indirectas',
    body: 'Una llamada que suena a simple heads-up —“solo te aviso que la presión está un poco baja”— puede entenderse como “no hace falta hacer nada”. Di en cambio qué te preocupa y qué necesitas: “Me preocupa que esté entrando en sepsis. Quiero que la veas en los próximos quince minutos”. Decirlo así no es descortés; es justo lo que los residentes mayores esperan de un interno.',
    whyItMatters:
      'Una petición clara recibe una respuesta clara; insinuar y esperar que el otro capte tu preocupación puede retrasar la atención.',
    trySaying: [
      'I’m worried about her. Can you come and see her now? (Me preocupa. ¿Puedes venir a verla ahora?)',
      'I need your help with this — what time can you be here? (Necesito tu ayuda: ¿a qué hora puedes estar aquí?)',
    ],
    idioms: [
      {
        phrase: 'heads-up',
        meaning:
          'Un aviso previo. En una llamada clínica puede sonar a “solo para que lo sepas”, sin nada que hacer.',
        example: 'No era solo un heads-up: necesitaba al residente mayor junto a la cama.',
      },
    ],
  }),
  translation('es', original('tip-humour-q-word'), {
    title: 'Nunca digas que un turno está “tranquilo”',
    body: 'Mucho personal de hospital cree que decir en voz alta que un turno está tranquilo (“quiet”) atrae una avalancha de ingresos, así que lo llaman “the Q word”. Si se te escapa, espera caras de falso horror y risas: es una broma, no una queja de verdad. Después de algo esperanzador también oirás “knock on wood”, a menudo con un golpecito en la mesa.',
    whyItMatters:
      'Es una de las bromas más repetidas en las plantas y en urgencias, y entenderla te hace parte del humor del equipo.',
    trySaying: [
      'Let’s just say it’s been… calm. Knock on wood. (Digamos que ha estado… en calma. Toco madera.)',
      'Oops — I take back the Q word! (¡Uy, retiro la palabra prohibida!)',
    ],
    idioms: [
      {
        phrase: 'the Q word',
        meaning:
          'La palabra “quiet” (tranquilo), que el personal evita durante el turno porque, en broma, se cree que trae el caos.',
        example: '—Qué raro, está todo tan… —¡No digas the Q word!',
      },
      {
        phrase: 'knock on wood',
        meaning:
          'Se dice tras un comentario optimista, medio en broma, para no atraer la mala suerte; equivale a “toco madera”.',
        example: 'Ninguna llamada en la última hora, knock on wood.',
      },
    ],
  }),
  translation('es', original('tip-feedback-ask'), {
    title: 'Pide retroalimentación, con una pregunta concreta',
    body: 'Pedir retroalimentación se ve como una señal de madurez, no de debilidad. Funciona mejor una pregunta concreta, por ejemplo: “¿Hay algo que pueda mejorar en cómo presento en el pase de visita?”. A mitad de la rotación también puedes pedir un check in de cinco minutos, para que no haya sorpresas en la evaluación final.',
    whyItMatters:
      'Las preguntas generales reciben respuestas generales; las concretas te dan algo que puedes cambiar mañana mismo.',
    trySaying: [
      'Is there anything I can adjust in how I present cases? (¿Hay algo que pueda ajustar en cómo presento los casos?)',
      'Could we check in for five minutes before the end of the week? (¿Hablamos cinco minutos antes del fin de semana?)',
    ],
    idioms: [
      {
        phrase: 'check in',
        meaning: 'Tener una conversación breve para ver cómo van las cosas.',
        example:
          'Si tu supervisora dice “Let’s check in on Friday”, el viernes hablarán un momento sobre cómo vas.',
      },
    ],
  }),
  translation('es', original('tip-patient-shared-decisions'), {
    title: 'Decisiones compartidas: opciones, no órdenes',
    body: 'Muchos pacientes en EE. UU. esperan participar activamente en las decisiones sobre su atención. La toma de decisiones compartida consiste en presentar las opciones razonables (incluida la de esperar o no hacer nada), con sus beneficios y riesgos, y luego preguntar qué es lo que más le importa al paciente. Tu recomendación sigue siendo bienvenida: se ofrece en lugar de darse por hecha, y juntos pueden weigh the options.',
    whyItMatters:
      'Los pacientes que participan en una decisión suelen entenderla mejor y seguir el plan que eligieron.',
    trySaying: [
      'There are a few reasonable options here. Can I walk you through them? (Hay varias opciones razonables. ¿Se las explico?)',
      'What matters most to you as we decide? (¿Qué es lo más importante para usted al decidir?)',
    ],
    idioms: [
      {
        phrase: 'weigh the options',
        meaning: 'Pensar con calma en lo bueno y lo malo de cada opción.',
        example:
          'Si el paciente dice “I need to weigh the options with my wife”, quiere pensarlo con su esposa antes de decidir.',
      },
    ],
  }),
  translation('es', original('tip-patient-interpreter'), {
    title: 'Usa un intérprete profesional, no a la familia',
    body: 'Para pacientes con dominio limitado del inglés (en inglés, LEP), los hospitales que reciben fondos federales deben ofrecer asistencia lingüística, normalmente con intérpretes en persona, por teléfono o por video. Los familiares, y sobre todo los niños, no deberían interpretar conversaciones médicas, salvo en una emergencia o si el paciente insiste después de que se le ofrezca un intérprete. Aunque hables el idioma del paciente, consulta la política de tu hospital: muchos exigen una evaluación antes de que el personal interprete.',
    whyItMatters:
      'Los intérpretes profesionales reducen errores y protegen la privacidad del paciente, y ofrecerlos forma parte de las obligaciones legales del hospital.',
    trySaying: [
      'I’d like to bring in an interpreter so we understand each other fully. Is that all right? (Quisiera llamar a un intérprete. ¿Le parece bien?)',
      'I’ll speak directly to you, and the interpreter will help us. (Le hablaré a usted y el intérprete nos ayudará.)',
    ],
    idioms: [
      {
        phrase: 'LEP',
        meaning:
          'Limited English proficiency: paciente que no habla, lee o entiende el inglés lo suficiente para una conversación médica.',
        example:
          'Si en la lista ves “Room 8 – LEP, Portuguese”, pide el intérprete de portugués antes de entrar.',
      },
    ],
  }),
  translation('es', original('tip-doc-why-detailed'), {
    title: 'Por qué las notas médicas en EE. UU. son tan detalladas',
    body: 'Una nota médica en EE. UU. tiene varios lectores a la vez: el siguiente médico, el equipo de facturación, los revisores de calidad y, si alguna vez hay una disputa, abogados y tribunales. Por eso oirás decir “if it isn’t documented, it didn’t happen” (si no está documentado, no ocurrió). Escribe qué evaluaste, qué decidiste y por qué, y qué le explicaste al paciente.',
    whyItMatters:
      'Las notas claras protegen a los pacientes, ayudan a tus colegas a retomar el caso donde lo dejaste y te protegen a ti.',
    trySaying: [
      'Let me document that conversation before I forget the details. (Voy a documentar esa conversación antes de olvidar los detalles.)',
      'Is there anything you’d want to see in my note for this? (¿Qué te gustaría ver en mi nota sobre esto?)',
    ],
    idioms: [
      {
        phrase: 'if it isn’t documented, it didn’t happen',
        meaning:
          'Dicho muy común: sin un registro escrito, no hay prueba de que se dio la atención.',
        example:
          '¿Hablaste con la familia? Perfecto, anótalo: if it isn’t documented, it didn’t happen.',
      },
    ],
  }),
  translation('es', original('tip-life-tipping-restaurants'), {
    title: 'La propina en los restaurantes',
    body: 'En los restaurantes con servicio de mesa, los meseros viven en buena parte de las propinas, así que lo habitual es dejar entre el 15 y el 20 % de la cuenta antes de impuestos, y el 20 % es común si el servicio fue bueno. Cuando quieras irte, pide the check y añade la propina en el comprobante de la tarjeta o déjala en efectivo sobre la mesa. En mostradores y cafeterías la propina es opcional, aunque la pantalla sugiera una cantidad.',
    whyItMatters:
      'No dejar propina en un restaurante con servicio de mesa se interpreta como una queja sobre la atención, aunque no sea tu intención.',
    trySaying: [
      'Could we get the check, please? (¿Nos trae la cuenta, por favor?)',
      'Could we split the check three ways? (¿Podemos dividir la cuenta entre tres?)',
    ],
    idioms: [
      {
        phrase: 'the check',
        meaning: 'La cuenta en un restaurante o un bar.',
        example:
          'Cuando el mesero pregunte si quieres algo más, puedes decir: “Just the check, please”.',
      },
    ],
  }),
  translation('es', original('tip-life-nj-gas'), {
    title: 'En Nueva Jersey, un empleado te pone la gasolina',
    body: 'Nueva Jersey no permite que los conductores se sirvan su propia gasolina; lo hace un empleado de la gasolinera. Detente junto a la bomba, quédate en el auto, baja la ventanilla y di el tipo y la cantidad —“Fill it up with regular, please” (lleno, de la normal)— y cómo vas a pagar. No se espera que dejes propina.',
    whyItMatters:
      'Sorprende a muchos recién llegados, y aquí no está permitido bajarse a cargar gasolina uno mismo.',
    trySaying: [
      'Fill it up with regular, please. Card is fine? (Lleno de la normal, por favor. ¿Puedo pagar con tarjeta?)',
      'Thirty dollars of regular, please. (Treinta dólares de la normal, por favor.)',
    ],
    idioms: [
      {
        phrase: 'Fill it up',
        meaning: 'Llenar el tanque por completo.',
        example: '—What can I get you? —Fill it up, please. Es decir: “Lleno, por favor”.',
      },
      {
        phrase: 'regular',
        meaning: 'La gasolina estándar, la más barata.',
        example: 'La mayoría de los autos solo necesitan regular; revisa el manual.',
      },
    ],
  }),
  translation('es', original('tip-life-credit-history'), {
    title: 'Cómo crear un historial de crédito en EE. UU. desde cero',
    body: 'Los caseros, las compañías de teléfono y las aseguradoras de autos suelen revisar tu credit score, y al llegar no tienes ningún historial en EE. UU. Un primer paso habitual es una tarjeta de crédito asegurada (secured credit card) o una tarjeta básica de tu banco: usa una pequeña parte del límite y paga el saldo completo cada mes. Tras unos seis meses de pagos puntuales suele aparecer un puntaje, y seguir usándola te ayuda a build credit para cosas mayores, como un préstamo para el auto.',
    whyItMatters:
      'Tener historial de crédito facilita mucho alquilar, comprar un auto y conseguir seguros más baratos más adelante en la residencia.',
    trySaying: [
      'Do you offer a secured credit card for people new to the US? (¿Tienen una tarjeta asegurada para recién llegados?)',
      'Can I set up autopay for the full balance? (¿Puedo programar el pago automático del saldo completo?)',
    ],
    idioms: [
      {
        phrase: 'credit score',
        meaning:
          'Un número, normalmente entre 300 y 850, con el que los prestamistas calculan qué tan confiable eres al pagar lo que debes.',
        example: 'El casero pidió un credit score de más de 650.',
      },
      {
        phrase: 'build credit',
        meaning: 'Crear poco a poco un buen historial pagando a tiempo.',
        example: 'Uso una tarjeta solo para el súper, para build credit.',
      },
    ],
  }),
  translation('es', original('tip-humour-weekend'), {
    title: '“How was your weekend?” pide una respuesta corta',
    body: 'Los lunes por la mañana, tus colegas suelen preguntar “How was your weekend?” (¿qué tal el fin de semana?), y los viernes, “Any plans for the weekend?” (¿planes para el finde?). Basta con una o dos frases y una pregunta de vuelta. “I mostly tried to catch up on sleep” (sobre todo intenté recuperar sueño) es una respuesta perfecta, y a menudo da pie a una charla amistosa sobre las guardias.',
    whyItMatters:
      'Estos intercambios breves son la forma en que los compañeros se conocen entre tarea y tarea, y devolver la pregunta muestra que a ti también te interesa.',
    trySaying: [
      'Pretty quiet — I caught up on sleep. How about yours? (Bastante tranquilo, recuperé sueño. ¿Y el tuyo?)',
      'I finally tried the Thai place on Main Street. Did you do anything fun? (Por fin probé el restaurante tailandés de Main Street. ¿Hiciste algo divertido?)',
    ],
    idioms: [
      {
        phrase: 'catch up on',
        meaning:
          'Hacer algo para lo que antes no tuviste tiempo, como dormir, leer o contestar correos; “ponerse al día”.',
        example:
          'Después de una semana de noches, pasé el domingo intentando catch up on sleep (recuperar sueño).',
      },
    ],
  }),
  translation('es', original('tip-humour-sarcasm'), {
    title: 'El sarcasmo a menudo quiere decir lo contrario',
    body: 'Cuando un colega cansado dice con voz plana “Oh, great, another admission” (¡genial, otro ingreso!), quiere decir justo lo contrario. Este tipo de sarcasmo es común en el trabajo y suele ser una forma de compartir la frustración, no una queja contra nadie. Si no sabes si alguien habla en serio, una sonrisa y un “Are you pulling my leg?” es una manera amable de comprobarlo.',
    whyItMatters:
      'Tomar al pie de la letra un comentario sarcástico puede crear un momento incómodo; conocer el patrón te permite reírte con los demás o dejarlo pasar.',
    trySaying: [
      'Are you pulling my leg? (¿Me estás tomando el pelo?)',
      'I can’t tell if you’re serious — are you joking? (No sé si lo dices en serio, ¿es broma?)',
    ],
    idioms: [
      {
        phrase: 'pulling my leg',
        meaning:
          'Bromear con alguien contándole algo falso con tono serio; equivale a “tomar el pelo”.',
        example:
          '—El attending quiere toda la lista en verso. —You’re pulling my leg. —Sí, es broma.',
      },
    ],
  }),
  translation('es', original('tip-humour-self-deprecating'), {
    title: 'Cuando los más veteranos se ríen de sí mismos',
    body: 'Los attendings y los residentes mayores a menudo se ríen de sí mismos: “Twenty years a doctor, and I still can’t beat this printer” (veinte años de médico y esta impresora todavía me gana). En inglés se dice que les gusta poke fun at themselves, y es una forma de suavizar la jerarquía y relajar al equipo. Basta con una sonrisa o una respuesta ligera; no hace falta darles la razón ni superar el chiste.',
    whyItMatters:
      'Reconocer este estilo te ayuda a leerlo como calidez y como una invitación a relajarte, no como debilidad ni como una prueba.',
    trySaying: [
      'Don’t worry, the printer wins against all of us. (No te preocupes, la impresora nos gana a todos.)',
      'That makes me feel much better about my first week! (¡Eso me hace sentir mucho mejor con mi primera semana!)',
    ],
    idioms: [
      {
        phrase: 'poke fun at',
        meaning: 'Bromear sobre alguien o algo de forma ligera y sin mala intención.',
        example: 'A ella le gusta poke fun at su propio café, que es malísimo.',
      },
    ],
  }),
  translation('es', original('tip-humour-missed-joke'), {
    title: 'Está bien decir que no entendiste el chiste',
    body: 'Muchos chistes dependen de series, deportes o recuerdos de infancia que nadie aprende en la facultad de medicina. Si uno went over your head (no lo captaste), decirlo con una sonrisa suele traer una explicación amable, y a menudo una segunda risa. Quedarte en silencio puede interpretarse como falta de interés; preguntar muestra que quieres participar.',
    whyItMatters:
      'Tus colegas no pueden distinguir “no lo entendí” de “no me hizo gracia” si no se lo dices, y una pregunta rápida te mantiene en la conversación.',
    trySaying: [
      'That one went over my head — what’s the reference? (Ese no lo pillé, ¿a qué se refiere?)',
      'I haven’t seen that show. Should I? (No he visto esa serie. ¿Vale la pena?)',
    ],
    idioms: [
      {
        phrase: 'went over your head',
        meaning: 'No lo entendiste, normalmente porque hacía falta algo que no sabías.',
        example: 'El chiste sobre aquella comedia antigua went right over my head.',
      },
    ],
  }),
  translation('es', original('tip-humour-safe-topics'), {
    title: 'Temas fáciles para charlar, y otros para más adelante',
    body: 'El clima, la comida, los planes del fin de semana, las mascotas, las series y los viajes son formas fáciles de break the ice (romper el hielo) con gente que aún no conoces bien. El salario, la religión, la política, el peso y la situación migratoria suelen guardarse para amistades más cercanas. Si alguien te pregunta algo que te parece demasiado personal, un “I’d rather not get into that” dicho con ligereza y un cambio de tema es educado y normal.',
    whyItMatters:
      'Saber qué temas son de bajo riesgo hace más fácil empezar conversaciones, y salir de las que te resultan incómodas.',
    trySaying: [
      'Have you found any good places to eat around here? (¿Has encontrado buenos sitios para comer por aquí?)',
      'I’d rather not get into that — but how was your vacation? (Prefiero no entrar en eso, pero ¿qué tal tus vacaciones?)',
    ],
    idioms: [
      {
        phrase: 'break the ice',
        meaning:
          'Empezar una conversación y ayudar a que la gente se sienta más cómoda; igual que “romper el hielo”.',
        example: 'Preguntar por la nueva cafetera es una forma fácil de break the ice.',
      },
    ],
  }),
  translation('es', original('tip-humour-how-are-you'), {
    title: '“How are you?” suele ser solo un saludo',
    body: 'En pasillos y ascensores, “How are you?”, “How’s it going?” y “What’s up?” funcionan como un “hola”. Se espera una respuesta corta —“Good, you?” o “Not much, you?”— incluso en un día difícil. Cuando un amigo o tu mentor te hace la misma pregunta sentado contigo, normalmente sí quiere la respuesta de verdad.',
    whyItMatters:
      'Una respuesta larga al pasar puede sorprender, y una muy corta a un amigo puede sonar distante; el contexto te dice cuál se espera.',
    trySaying: [
      'Good, thanks — you? (Bien, gracias, ¿y tú?)',
      'Not much, just heading to clinic. You? (Nada especial, voy a la consulta. ¿Y tú?)',
    ],
    idioms: [
      {
        phrase: 'What’s up?',
        meaning: 'Un “hola, ¿qué tal?” informal que casi nunca espera una respuesta de verdad.',
        example: '—What’s up? —Not much, you? (—¿Qué tal? —Nada, ¿y tú?)',
      },
    ],
  }),
];
