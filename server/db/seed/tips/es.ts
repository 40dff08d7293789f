/**
 * Spanish translations of a selection of tips. Idiom phrases stay in English, as residents hear
 * them at work; their meaning and example are in Spanish. "Try saying" phrases stay in English too,
 * because they are what a resident says to English-speaking colleagues, each with a Spanish gloss.
 */
import type { SeedTip } from '../types.js';
import { dailyLife } from './daily-life.js';
import { documentation } from './documentation.js';
import { feedbackHierarchy } from './feedback-hierarchy.js';
import { humourSmallTalk } from './humour-small-talk.js';
import { patientCommunication } from './patient-communication.js';
import { sbarHandoffs } from './sbar-handoffs.js';
import { translation } from './tip.js';

const originals = [
  ...humourSmallTalk,
  ...feedbackHierarchy,
  ...sbarHandoffs,
  ...patientCommunication,
  ...documentation,
  ...dailyLife,
];

function original(id: string): SeedTip {
  const found = originals.find((t) => t.id === id);
  if (!found) throw new Error(`No English tip ${id} to translate`);
  return found;
}

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
];
