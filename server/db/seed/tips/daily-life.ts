/**
 * Daily life: tipping, driving, insurance, credit, banking, renting, weather and regional habits.
 * Rules that differ by state are tagged with the states they hold in; check them yearly.
 */
import type { SeedTip } from '../types.js';
import { tip } from './tip.js';

export const dailyLife: SeedTip[] = [
  tip({
    id: 'tip-life-tipping-restaurants',
    category: 'daily-life',
    regions: ['US'],
    title: 'Tipping at restaurants',
    body: 'At sit-down restaurants, servers earn much of their pay from tips, so 15–20% of the bill before tax is standard, and 20% is common for good service. When you are ready to leave, ask for the check, then add the tip on the card slip or leave cash on the table. At counters and coffee shops a tip is optional, even when a screen suggests an amount.',
    whyItMatters:
      'Leaving no tip at a sit-down restaurant is read as a complaint about the service, even when none was meant.',
    trySaying: ['Could we get the check, please?', 'Could we split the check three ways?'],
    idioms: [
      {
        phrase: 'the check',
        meaning: 'The bill at a restaurant or bar.',
        example: 'Whenever you’re ready, I’ll bring the check.',
      },
    ],
  }),
  tip({
    id: 'tip-life-tipping-services',
    category: 'daily-life',
    regions: ['US'],
    title: 'Tipping beyond restaurants',
    body: 'Tips are also expected for taxi and rideshare drivers (about 15–20%), food delivery, hairdressers and barbers (15–20%), and hotel housekeeping (a few dollars a night). In a taxi, saying “keep the change” turns the leftover money into the tip. You do not tip in shops, at the pharmacy, or staff in the hospital.',
    whyItMatters:
      'In these jobs tips are a real part of workers’ pay, and knowing when one is expected saves awkward moments.',
    trySaying: ['Keep the change, thanks!', 'Is the tip already included in this bill?'],
    idioms: [
      {
        phrase: 'keep the change',
        meaning: 'Keep the money left over after paying, as a tip.',
        example: 'It’s $17 — here’s twenty, keep the change.',
      },
    ],
  }),
  tip({
    id: 'tip-life-nj-gas',
    category: 'daily-life',
    regions: ['US-NJ'],
    title: 'In New Jersey, an attendant pumps your gas',
    body: 'New Jersey does not allow drivers to pump their own gas at filling stations; an attendant does it for you. Pull up to the pump, stay in the car, open your window and say the grade and amount — “Fill it up with regular, please” — and how you will pay. Tipping the attendant is not expected.',
    whyItMatters:
      'It surprises many newcomers, and getting out to pump your own gas is not allowed here.',
    trySaying: [
      'Fill it up with regular, please. Card is fine?',
      'Thirty dollars of regular, please.',
    ],
    idioms: [
      {
        phrase: 'Fill it up',
        meaning: 'Fill the fuel tank completely.',
        example: '“What can I get you?” “Fill it up, please.”',
      },
      {
        phrase: 'regular',
        meaning: 'The standard, cheapest grade of gasoline.',
        example: 'Most cars only need regular; check your owner’s manual.',
      },
    ],
  }),
  tip({
    id: 'tip-life-nj-roads',
    category: 'daily-life',
    regions: ['US-NJ'],
    title: 'Jughandles, tolls and E-ZPass',
    body: 'On many New Jersey highways you cannot turn left directly: you take a right-hand ramp called a jughandle that loops you around to cross the road. The Turnpike and the Garden State Parkway charge tolls, which an E-ZPass transponder pays automatically, and more and more toll points no longer take cash. On traffic reports, people just say “the Turnpike” and “the Parkway.”',
    whyItMatters:
      'Knowing about jughandles saves confused U-turns, and an E-ZPass avoids billing fees on toll roads.',
    trySaying: ['Do I take the jughandle to turn left here?', 'Where can I sign up for E-ZPass?'],
    idioms: [
      {
        phrase: 'jughandle',
        meaning: 'A ramp on the right that lets you turn left or make a U-turn across a busy road.',
        example: 'For the hospital, take the jughandle just after the diner.',
      },
      {
        phrase: 'the Parkway',
        meaning: 'The Garden State Parkway, a toll highway running the length of New Jersey.',
        example: 'Take the Parkway south and get off at the hospital exit.',
      },
    ],
  }),
  tip({
    id: 'tip-life-nj-license',
    category: 'daily-life',
    regions: ['US-NJ'],
    title: 'Getting a New Jersey driver’s license',
    body: 'New residents are expected to get a New Jersey license soon after moving; the deadline depends on the license you hold now, and the MVC website says which applies to you. Licenses are issued by the Motor Vehicle Commission (MVC), though most people still call it the DMV. The MVC checks identity with a points system called 6 Points of ID; for visa holders that usually means your passport, visa and immigration papers such as your I-94 and DS-2019 or I-797. Depending on your current license you may need a knowledge test and a road test, so book early.',
    whyItMatters:
      'A state license is widely used as everyday ID and usually makes car insurance easier to get, and gathering the documents can take weeks.',
    trySaying: [
      'I’d like an appointment for a first New Jersey license. I have a license from abroad.',
      'Which immigration documents should I bring?',
    ],
    idioms: [
      {
        phrase: 'the DMV',
        meaning:
          'The Department of Motor Vehicles: what most Americans call the office that issues licenses, whatever its official name.',
        example: 'I’m off on Tuesday, so I’ll finally go to the DMV.',
      },
    ],
  }),
  tip({
    id: 'tip-life-car-insurance',
    category: 'daily-life',
    regions: ['US'],
    title: 'Car insurance: compare before you buy',
    body: 'Nearly every state requires car insurance, and prices vary a lot between companies. Without a US driving history you may be quoted a high price at first, so shop around, ask whether a letter from a previous insurer showing a claim-free record is accepted, and compare the deductible on each quote. Prices usually drop after a year or two of safe driving in the US.',
    whyItMatters:
      'Comparing a few quotes can save hundreds of dollars a year on a resident’s salary.',
    trySaying: [
      'I’m new to the US. Do you accept a driving record from my previous insurer?',
      'What would the premium be with a higher deductible?',
    ],
    idioms: [
      {
        phrase: 'shop around',
        meaning: 'To compare prices from several sellers before buying.',
        example: 'The first quote was $300 a month, so I shopped around.',
      },
      {
        phrase: 'deductible',
        meaning: 'The amount you pay yourself on a claim before the insurance pays the rest.',
        example: 'With a $1,000 deductible, a $1,500 repair costs you $1,000.',
      },
    ],
  }),
  tip({
    id: 'tip-life-credit-history',
    category: 'daily-life',
    regions: ['US'],
    title: 'Building a US credit history from zero',
    body: 'Landlords, phone companies and car insurers often check your credit score, and newcomers start with no US history at all. A common first step is a secured credit card, or a starter card from your bank: use a small part of the limit and pay the full balance every month. After about six months of on-time payments a score usually appears, and you keep using it to build credit for bigger things like a car loan.',
    whyItMatters:
      'A credit history makes renting, buying a car and getting lower insurance rates much easier later in training.',
    trySaying: [
      'Do you offer a secured credit card for people new to the US?',
      'Can I set up autopay for the full balance?',
    ],
    idioms: [
      {
        phrase: 'credit score',
        meaning:
          'A number, usually 300–850, that lenders use to judge how reliably you repay borrowed money.',
        example: 'The landlord asked for a credit score above 650.',
      },
      {
        phrase: 'build credit',
        meaning: 'To create a good borrowing record over time by paying on time.',
        example: 'I use one card for groceries only, to build credit.',
      },
    ],
  }),
  tip({
    id: 'tip-life-banking',
    category: 'daily-life',
    regions: ['US'],
    title: 'Banking basics: checking, savings and direct deposit',
    body: 'Most people keep a checking account for everyday spending and a savings account for the rest. Set up direct deposit so your pay goes straight into your account, and use your own bank’s ATMs to avoid fees. Apps such as Zelle and Venmo are common for splitting costs with friends, and some landlords still ask for a paper check for rent.',
    whyItMatters:
      'A local account makes pay, rent and everyday life smoother, and avoiding small fees adds up over a year.',
    trySaying: [
      'I’d like to open a checking account. I’m a resident physician on a visa — what documents do you need?',
      'Can I Venmo you for my half?',
    ],
    idioms: [
      {
        phrase: 'direct deposit',
        meaning: 'Your employer pays your salary electronically straight into your bank account.',
        example: 'HR needs your account number to set up direct deposit.',
      },
      {
        phrase: 'Venmo',
        meaning:
          'A payment app; “to Venmo someone” means to send them money through it, even when people use a different app.',
        example: 'Dinner was $25 each — just Venmo me.',
      },
    ],
  }),
  tip({
    id: 'tip-life-renting-nj',
    category: 'daily-life',
    regions: ['US-NJ'],
    title: 'Renting an apartment in New Jersey',
    body: 'Landlords usually ask for an application, proof of income (your residency contract often works), a credit check and a security deposit. In New Jersey the security deposit is capped at one and a half months’ rent and must be held in a bank account for you. Read the lease before you sign, consider renter’s insurance, and never send money for a place you have not seen in person or on a live video call, a common scam.',
    whyItMatters: 'Knowing the local rules helps you protect your money and spot a bad deal.',
    trySaying: [
      'I’m starting residency in July. Will my contract work as proof of income?',
      'Could you show me the apartment on a live video call before I pay anything?',
    ],
    idioms: [
      {
        phrase: 'security deposit',
        meaning:
          'Money held by the landlord during the lease and returned, minus any damage costs, when you move out.',
        example: 'The security deposit was $2,400 on a $1,600 apartment.',
      },
      {
        phrase: 'lease',
        meaning: 'The rental contract, usually for twelve months.',
        example: 'My lease ends in June, so I need to give notice by April.',
      },
    ],
  }),
  tip({
    id: 'tip-life-winter-northeast',
    category: 'daily-life',
    regions: ['US-NJ', 'US-NY', 'US-PA'],
    title: 'Winter in the Northeast',
    body: 'Winters here bring cold, ice and the occasional nor’easter, a coastal storm that can drop a foot of snow in a day. Bundle up in layers, keep a snow brush and ice scraper in the car, and clear all the snow off the car, including the roof, before driving; New Jersey can fine drivers who do not. Ask your program how it handles big storms, because staff who must stay overnight often get a bed at the hospital.',
    whyItMatters: 'Being ready for winter keeps you safe on the roads and on time for your shifts.',
    trySaying: [
      'What’s the plan for getting to the hospital if there’s a big storm?',
      'Where’s a good place to buy a warm winter coat?',
    ],
    idioms: [
      {
        phrase: 'nor’easter',
        meaning:
          'A strong storm along the East Coast, with winds from the northeast, often bringing heavy snow.',
        example: 'A nor’easter is forecast, so the clinic may close early.',
      },
      {
        phrase: 'Bundle up',
        meaning: 'Dress in warm layers.',
        example: 'It’s ten degrees this morning — bundle up!',
      },
    ],
  }),
  tip({
    id: 'tip-life-winter-midwest',
    category: 'daily-life',
    regions: ['US-MN', 'US-OH'],
    title: 'Winter in the Midwest',
    body: 'Minnesota winters are long and can go well below zero Fahrenheit, and near Lake Erie in Ohio lake-effect snow can bury one street while the next stays clear. Keep a winter kit in the car (blanket, gloves, phone charger, small shovel), and in the coldest places you will see cars plugged into a block heater overnight. Locals often say “ope” when they bump into you; it means “oops, sorry.”',
    whyItMatters:
      'Cold this severe is a real safety issue, and small local words help you feel less like a stranger.',
    trySaying: ['What should I keep in my car for winter here?', 'Ope — sorry about that!'],
    idioms: [
      {
        phrase: 'lake-effect snow',
        meaning:
          'Heavy snow that forms when cold air passes over a warmer lake, often in narrow bands.',
        example: 'Lake-effect snow closed the highway east of Cleveland.',
      },
      {
        phrase: 'ope',
        meaning: 'A Midwestern “oops” or “excuse me” after a small bump or mistake.',
        example: 'Ope, let me just squeeze past you there.',
      },
    ],
  }),
  tip({
    id: 'tip-life-south-heat',
    category: 'daily-life',
    regions: ['US-TX', 'US-GA'],
    title: 'Heat, storms and hospitality in the South',
    body: 'Summers in Texas and Georgia are long and very hot: carry water, park in the shade when you can, and never leave a person or a pet in a closed car. The Atlantic hurricane season runs from June 1 to November 30 and mostly affects coastal areas, so learn your hospital’s emergency plan. Neighbors may invite you to a cookout, and saying yes is one of the quickest ways to make friends.',
    whyItMatters:
      'Heat illness and storms are real risks, and accepting local invitations builds friendships quickly.',
    trySaying: [
      'Thank you — I’d love to come to the cookout. Can I bring something?',
      'What does the hospital do when a hurricane is coming?',
    ],
    idioms: [
      {
        phrase: 'cookout',
        meaning: 'An informal outdoor party where food is grilled, often in a back yard.',
        example: 'We’re having a cookout on Saturday — bring your family!',
      },
    ],
  }),
  tip({
    id: 'tip-life-regional-words',
    category: 'daily-life',
    regions: ['US'],
    title: 'Same thing, different word',
    body: 'Words change from region to region: a fizzy drink is “soda” in the Northeast and the West, “pop” in much of the Midwest, and in parts of the South “coke” can mean any brand. A long sandwich is a sub, a hoagie around Philadelphia and South Jersey, or a hero in New York. Nobody expects you to know them all, and asking is half the fun.',
    whyItMatters:
      'These words come up on menus and in conversation, and they make easy small talk.',
    trySaying: [
      'Is that a hoagie or a sub around here?',
      'What do you call this drink where you grew up?',
    ],
    idioms: [
      {
        phrase: 'pop',
        meaning: 'A fizzy soft drink, in much of the Midwest.',
        example: 'Want a pop from the vending machine?',
      },
      {
        phrase: 'hoagie',
        meaning: 'A long sandwich on a roll (around Philadelphia and South Jersey).',
        example: 'Let’s grab hoagies from Wawa after the shift.',
      },
    ],
  }),
  tip({
    id: 'tip-life-clock-change',
    category: 'daily-life',
    regions: ['US'],
    title: 'Clocks change twice a year',
    body: 'Most of the US moves clocks forward one hour on the second Sunday in March and back one hour on the first Sunday in November: “spring forward, fall back.” Hawaii and most of Arizona do not change. Countries change on different dates or not at all, so the gap with family abroad can shift for a few weeks; check before scheduling calls home.',
    whyItMatters:
      'A mistimed call home is upsetting, and a night shift on the changeover is one hour longer or shorter.',
    trySaying: [
      'Is my night shift an hour longer this weekend because of the time change?',
      'Let’s move our Sunday call — the clocks change here this week.',
    ],
    idioms: [
      {
        phrase: 'spring forward, fall back',
        meaning: 'A reminder: clocks go forward in spring and back in the fall (autumn).',
        example: 'Spring forward, fall back — so tonight we lose an hour of sleep.',
      },
    ],
  }),
  tip({
    id: 'tip-life-holidays',
    category: 'daily-life',
    regions: ['US'],
    title: 'US holidays and Friendsgiving',
    body: 'Thanksgiving, on the fourth Thursday of November, is one of the biggest family holidays of the year, and people who cannot travel often hold a Friendsgiving: a shared meal with friends instead. The Fourth of July brings cookouts and fireworks, and Labor Day weekend marks the unofficial end of summer. Hospitals run through every holiday, so swapping shifts with co-residents is common.',
    whyItMatters:
      'Holidays can feel lonely far from home; knowing the traditions helps you join in or plan something with friends.',
    trySaying: [
      'Are you doing anything for Thanksgiving?',
      'I’d love to come to Friendsgiving — what can I bring?',
    ],
    idioms: [
      {
        phrase: 'Friendsgiving',
        meaning: 'A Thanksgiving-style meal shared with friends rather than family.',
        example: 'Half the interns are working, so we’re doing Friendsgiving on Saturday.',
      },
    ],
  }),
  tip({
    id: 'tip-life-own-health',
    category: 'daily-life',
    regions: ['US'],
    title: 'Looking after your own health care',
    body: 'Find a primary care doctor for yourself early, outside your own team, and learn the basics of your plan: in-network doctors cost much less than out-of-network ones, and a copay is the fixed amount you pay at each visit. Many programs also offer confidential counseling and an employee assistance program. Setting this up before you need it is far easier than in the middle of a busy rotation.',
    whyItMatters:
      'Residents often put their own health last, and a doctor you already know makes it easier to get care quickly.',
    trySaying: [
      'Is this doctor in-network for my plan?',
      'What is my copay for a specialist visit?',
    ],
    idioms: [
      {
        phrase: 'in-network',
        meaning:
          'Doctors and hospitals that have a contract with your insurance plan, so they cost you less.',
        example: 'Check she is in-network before you book.',
      },
      {
        phrase: 'copay',
        meaning: 'A fixed amount you pay for a visit or prescription; insurance pays the rest.',
        example: 'My copay is $20 for a primary care visit.',
      },
    ],
  }),
  tip({
    id: 'tip-life-into-the-city',
    category: 'daily-life',
    regions: ['US-NJ', 'US-NY'],
    title: 'Getting into New York City',
    body: 'From much of North Jersey, NJ Transit trains and buses and the PATH train reach Manhattan, and when people here say “the city” they usually mean New York City. In the subway you can tap a contactless bank card or phone at the OMNY reader instead of buying a fare card. Driving into Manhattan is slow and parking is expensive, so most residents take the train.',
    whyItMatters:
      'A day off in the city is a common plan among co-residents, and knowing the transit makes it easy to say yes.',
    trySaying: [
      'Which train gets me to Penn Station from here?',
      'Want to go into the city on Sunday?',
    ],
    idioms: [
      {
        phrase: 'the city',
        meaning: 'In New Jersey and around New York, usually New York City, especially Manhattan.',
        example: 'We’re going into the city for dinner after our last night shift.',
      },
    ],
  }),
  tip({
    id: 'tip-life-box-breathing',
    category: 'daily-life',
    regions: ['US'],
    title: 'A one-minute reset: box breathing',
    body: 'Between patients or before a hard conversation, try box breathing: breathe in for a count of four, hold for four, breathe out for four, hold for four, and repeat a few times. You can do it at a workstation without anyone noticing. Many colleagues call a pause like this taking a beat, and it is a normal thing to do.',
    whyItMatters:
      'Slowing your breathing for a minute can take the edge off stress, so you think more clearly in the next conversation.',
    trySaying: ['Give me one minute — I’m going to take a beat before I call the family.'],
    idioms: [
      {
        phrase: 'taking a beat',
        meaning: 'Pausing briefly, to calm down or think, before going on.',
        example: 'She was taking a beat in the stairwell before the family meeting.',
      },
    ],
  }),
  tip({
    id: 'tip-life-calls-home',
    category: 'daily-life',
    regions: ['US'],
    title: 'Keep calls home predictable',
    body: 'With rotations changing every few weeks and a time difference on top, a fixed weekly call time with family is easier to keep than “whenever I’m free.” Share your schedule so they know when you are on nights, and send a short voice note on busy days. A calendar app that shows two time zones side by side helps a lot.',
    whyItMatters:
      'Regular contact with people who know you well is protective, and a routine stops a missed call from turning into guilt on both sides.',
    trySaying: [
      'I’m on nights next week — can we move our call to the afternoon?',
      'Sunday at 10 my time works every week for me.',
    ],
    idioms: [
      {
        phrase: 'on nights',
        meaning: 'Working the night shift for a block of days or weeks.',
        example: 'I’m on nights until the 14th, so let’s talk on Sunday afternoon.',
      },
    ],
  }),
  tip({
    id: 'tip-life-one-thing-a-week',
    category: 'daily-life',
    regions: ['US'],
    title: 'One non-medical thing a week',
    body: 'Protecting one small block each week for something that has nothing to do with medicine — a class, a pickup game at the gym, a service at your place of worship, a walk with a friend — helps you recharge your batteries. Put it in your calendar like a shift. When someone asks you to take on an optional extra in that slot, “I have plans that evening” is a complete answer.',
    whyItMatters:
      'A life outside the hospital reminds you that you are more than your job, and it is where many lasting friendships start.',
    trySaying: [
      'I can’t that evening — I have a standing plan — but I could help the day after.',
      'Want to join me at the lake walk this weekend?',
    ],
    idioms: [
      {
        phrase: 'recharge your batteries',
        meaning: 'To rest and do something enjoyable so that you have energy again.',
        example: 'Take the weekend off and recharge your batteries.',
      },
    ],
  }),
];
