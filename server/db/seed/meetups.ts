/**
 * Informal meetups in and around Alderbrook, NJ over the next eight weeks. Every venue, address and
 * partner organisation is fictional. `dayOffset` counts days from the seeding day, so the weekday
 * of a series is not known in advance: recurring rules therefore carry no BYDAY and repeat on the
 * weekday of their first occurrence, and descriptions never name a weekday.
 */
import type { SeedMeetup } from './types.js';

const TOWN = 'Alderbrook, NJ';

function venue(name: string, street: string, withMap = true): SeedMeetup['venue'] {
  const address = `${street}, ${TOWN}`;
  return {
    name,
    address,
    mapUrl: withMap
      ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`
      : null,
  };
}

const WELLNESS: SeedMeetup['organizer'] = {
  name: 'Alderbrook GME Wellness Committee',
  kind: 'program',
  url: 'https://gme.example.org/wellness',
};

const HOST_FAMILIES: SeedMeetup['organizer'] = {
  name: 'Alderbrook Host Family Circle',
  kind: 'partner',
  url: 'https://hostfamilies.example.org',
};

const HOST_HOME: SeedMeetup['venue'] = {
  name: 'A host family’s home near the hospital',
  address: 'Shared with guests after they RSVP, Alderbrook, NJ',
  mapUrl: null,
};

export const meetups: SeedMeetup[] = [
  // ——— Cafés ———
  {
    id: 'meet-cafe-evening-coffee',
    title: 'Evening coffee for residents',
    description:
      'A relaxed hour at Grindstone Café, every week, with no agenda and no speeches. Come straight from work in scrubs if you like, stay ten minutes or the whole evening. Look for the table with the small green Kinship card. The program covers your first drink.',
    category: 'cafe',
    venue: venue('Grindstone Café', '41 Mill St'),
    organizer: WELLNESS,
    capacity: null,
    dayOffset: 3,
    time: '18:30',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;COUNT=8',
  },
  {
    id: 'meet-cafe-brunch',
    title: 'Weekend brunch at Little Fig',
    description:
      'Pastries, eggs and good coffee every other weekend. We book one long table, so there is room for about a dozen; partners and friends are very welcome. Everyone pays for their own order, and there are vegetarian and halal-friendly options on the menu.',
    category: 'cafe',
    venue: venue('Little Fig Bakery & Café', '9 Orchard Ave'),
    organizer: WELLNESS,
    capacity: 12,
    dayOffset: 5,
    time: '10:30',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
  },
  {
    id: 'meet-cafe-post-call-breakfast',
    title: 'Post-call breakfast',
    description:
      'Just finished a night? Join a few co-residents for breakfast before you sleep. It is short, quiet and low-key — no need to talk shop unless you want to.',
    category: 'cafe',
    venue: venue('Morning Star Diner', '330 Broad St'),
    organizer: WELLNESS,
    capacity: null,
    dayOffset: 15,
    time: '08:00',
    minutes: 60,
    rrule: null,
  },

  // ——— Bookstores and the library ———
  {
    id: 'meet-bookstore-idioms-chai',
    title: 'Idioms & chai at Paper Lantern Books',
    description:
      'Every other week the bookstore sets out chai and a bowl of American idioms on slips of paper. We pick a few, guess what they mean and swap the funniest ones we heard at work. Friendly, unhurried and open to residents, partners and friends; seats for 20.',
    category: 'bookstore',
    venue: venue('Paper Lantern Books', '214 Market St'),
    organizer: {
      name: 'Paper Lantern Books',
      kind: 'partner',
      url: 'https://paperlantern.example.org',
    },
    capacity: 20,
    dayOffset: 8,
    time: '19:00',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
  },
  {
    id: 'meet-library-conversation-circle',
    title: 'Conversation circle at the library',
    description:
      'A weekly drop-in chat group for anyone new to town, run by library volunteers. Topics are everyday ones — food, weather, weekend plans — and nobody corrects anyone unless asked. Come to as many or as few as you like.',
    category: 'bookstore',
    venue: venue('Alderbrook Public Library, Community Room', '60 Elm St'),
    organizer: {
      name: 'Alderbrook Public Library',
      kind: 'partner',
      url: 'https://library.example.org',
    },
    capacity: null,
    dayOffset: 1,
    time: '18:30',
    minutes: 60,
    rrule: 'FREQ=WEEKLY;COUNT=6',
  },
  {
    id: 'meet-bookstore-author-evening',
    title: 'Author evening: stories of starting over',
    description:
      'A local writer reads from her memoir about moving to New Jersey as a young nurse, then takes questions. Light snacks, no tickets. Bring a friend or just yourself.',
    category: 'bookstore',
    venue: venue('Paper Lantern Books', '214 Market St'),
    organizer: {
      name: 'Paper Lantern Books',
      kind: 'partner',
      url: 'https://paperlantern.example.org',
    },
    capacity: null,
    dayOffset: 26,
    time: '19:00',
    minutes: 75,
    rrule: null,
  },

  // ——— Cultural centres ———
  {
    id: 'meet-cultural-salsa',
    title: 'Beginners’ salsa night',
    description:
      'Casa Cultural Latina opens its hall for a beginners’ class every other week, followed by an hour of social dancing. No partner or experience needed and comfortable shoes are fine. Spouses and partners are welcome.',
    category: 'cultural-centre',
    venue: venue('Casa Cultural Latina de Alderbrook', '118 River Rd'),
    organizer: { name: 'Casa Cultural Latina de Alderbrook', kind: 'partner', url: null },
    capacity: 24,
    dayOffset: 11,
    time: '19:30',
    minutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3',
  },
  {
    id: 'meet-cultural-newcomers-afternoon',
    title: 'Newcomers’ afternoon at the Welcome Center',
    description:
      'Volunteers from the Welcome Center for New Americans share practical help in one place: library cards, bus passes, English and driving classes, and local groups for many languages and faiths. There is tea, and a play corner for children, so bring the whole family.',
    category: 'cultural-centre',
    venue: venue('Welcome Center for New Americans', '25 Union Ave'),
    organizer: {
      name: 'Welcome Center for New Americans',
      kind: 'partner',
      url: 'https://welcomecenter.example.org',
    },
    capacity: null,
    dayOffset: 16,
    time: '13:00',
    minutes: 180,
    rrule: null,
  },
  {
    id: 'meet-cultural-film-night',
    title: 'Film night with the South Asian Cultural Association',
    description:
      'A subtitled film on the big screen, samosas at the interval and an easy chat afterwards. Everyone is welcome, whatever your background, and families are welcome too.',
    category: 'cultural-centre',
    venue: venue('Alderbrook South Asian Cultural Association Hall', '77 Station Sq'),
    organizer: { name: 'Alderbrook South Asian Cultural Association', kind: 'partner', url: null },
    capacity: 60,
    dayOffset: 23,
    time: '19:00',
    minutes: 150,
    rrule: null,
  },
  {
    id: 'meet-cultural-caribbean-african-afternoon',
    title: 'Caribbean & African food and music afternoon',
    description:
      'Jollof, plantain, patties and live music from local bands, hosted by the community center’s diaspora committee. Drop in for an hour or stay all afternoon; children and families are very welcome.',
    category: 'cultural-centre',
    venue: venue('Alderbrook Community Center', '5 Commons Way'),
    organizer: { name: 'Alderbrook Community Center', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 30,
    time: '14:00',
    minutes: 180,
    rrule: null,
  },

  // ——— Faith communities ———
  {
    id: 'meet-faith-islamic-center-dinner',
    title: 'Open community dinner at the Islamic Center',
    description:
      'The Islamic Center hosts a monthly dinner that is open to neighbours of every faith and none (and open iftars during Ramadan). Expect a warm welcome, home-cooked food and a short tour if you are curious. Modest dress is appreciated; families are welcome.',
    category: 'faith-community',
    venue: venue('Alderbrook Islamic Center', '302 Cedar Ln'),
    organizer: {
      name: 'Alderbrook Islamic Center',
      kind: 'partner',
      url: 'https://aic.example.org',
    },
    capacity: null,
    dayOffset: 12,
    time: '19:00',
    minutes: 120,
    rrule: 'FREQ=MONTHLY;COUNT=2',
  },
  {
    id: 'meet-faith-gurdwara-langar',
    title: 'Langar at the Gurdwara',
    description:
      'After the morning program, the Gurdwara serves langar, a free vegetarian meal shared by everyone who comes, sitting together. Visitors of every background are welcome. Please cover your head (scarves are available at the door) and remove your shoes.',
    category: 'faith-community',
    venue: venue('Alderbrook Gurdwara Sahib', '455 Ridge Rd'),
    organizer: { name: 'Alderbrook Gurdwara Sahib', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 6,
    time: '12:00',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
  },
  {
    id: 'meet-faith-temple-lunch',
    title: 'Community lunch at the Hindu Temple',
    description:
      'The temple’s volunteers cook a vegetarian lunch for the community and invite newcomers to join. You can sit in on the short prayer beforehand or arrive for the meal. Shoes come off at the entrance; families are welcome.',
    category: 'faith-community',
    venue: venue('Alderbrook Hindu Temple & Cultural Center', '88 Lakeview Dr'),
    organizer: { name: 'Alderbrook Hindu Temple & Cultural Center', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 20,
    time: '12:30',
    minutes: 90,
    rrule: null,
  },
  {
    id: 'meet-faith-church-supper',
    title: 'Community supper at Grace Street Church',
    description:
      'A simple hot supper in the church hall, open to anyone, every week for a month. No service and no sign-up — just long tables, soup and conversation. Children eat free and there is always enough.',
    category: 'faith-community',
    venue: venue('Grace Street Community Church, Fellowship Hall', '12 Grace St'),
    organizer: { name: 'Grace Street Community Church', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 9,
    time: '18:00',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;COUNT=4',
  },
  {
    id: 'meet-faith-synagogue-newcomers-dinner',
    title: 'Newcomers’ dinner at Congregation Beit Alder',
    description:
      'The congregation invites newcomers of any faith, or none, to a community dinner in its social hall, with a short blessing that is explained as it happens. The meal is kosher and vegetarian-friendly. Spouses and partners are welcome; please RSVP so the hosts can set enough places.',
    category: 'faith-community',
    venue: venue('Congregation Beit Alder', '19 Linden Ave'),
    organizer: { name: 'Congregation Beit Alder', kind: 'partner', url: null },
    capacity: 30,
    dayOffset: 17,
    time: '18:30',
    minutes: 120,
    rrule: null,
  },

  // ——— Host families ———
  {
    id: 'meet-host-family-dessert-evening',
    title: 'Meet the host families: dessert evening',
    description:
      'Curious about the host-family program? Meet the families who have signed up, over coffee and dessert, with no commitment. If you would like to be matched later, the wellness lead will follow up; spouses and children are warmly welcome.',
    category: 'host-family',
    venue: venue('Alderbrook Community Center', '5 Commons Way'),
    organizer: HOST_FAMILIES,
    capacity: 40,
    dayOffset: 4,
    time: '19:00',
    minutes: 90,
    rrule: null,
  },
  {
    id: 'meet-host-family-dinner-small',
    title: 'Host-family dinner with the Whitfields',
    description:
      'Joan and Peter Whitfield, who have hosted residents for six years, invite a small group for a home-cooked dinner. They keep it to six guests so everyone can talk; if it fills, join the waitlist and they will host again. Spouses welcome, and tell them about any dietary needs when you RSVP.',
    category: 'host-family',
    venue: HOST_HOME,
    organizer: HOST_FAMILIES,
    capacity: 6,
    dayOffset: 10,
    time: '18:30',
    minutes: 150,
    rrule: null,
  },
  {
    id: 'meet-host-family-sunday-supper',
    title: 'Family-style supper with the Ramirez family',
    description:
      'The Ramirez family (two teenagers and a very friendly dog) host an early supper for residents and their families. Expect board games after the meal and plenty of food to take home. Up to eight guests, children included.',
    category: 'host-family',
    venue: HOST_HOME,
    organizer: HOST_FAMILIES,
    capacity: 8,
    dayOffset: 24,
    time: '17:30',
    minutes: 150,
    rrule: null,
  },

  // ——— Sports and outdoors ———
  {
    id: 'meet-outdoors-lake-walk',
    title: 'Morning walk around Alder Lake',
    description:
      'An easy, flat two-mile loop at a talking pace, every week. We meet at the boathouse, walk for about an hour and usually grab coffee afterwards. Bring a friend, a partner or a stroller.',
    category: 'sports-outdoors',
    venue: venue('Alder Lake Park, by the boathouse', '1 Lakeshore Dr'),
    organizer: { name: 'Alderbrook Trail Walkers', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 2,
    time: '09:00',
    minutes: 60,
    rrule: 'FREQ=WEEKLY;COUNT=8',
  },
  {
    id: 'meet-outdoors-cricket',
    title: 'Friendly cricket at Mill Pond Park',
    description:
      'The Alderbrook Cricket Club plays a relaxed tape-ball game every other week and always has room for newcomers. Beginners are taught the basics on the spot; the club brings the kit. Spectators and families welcome.',
    category: 'sports-outdoors',
    venue: venue('Mill Pond Park, east field', '200 Pond Rd'),
    organizer: { name: 'Alderbrook Cricket Club', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 7,
    time: '16:00',
    minutes: 150,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
  },
  {
    id: 'meet-outdoors-pickup-soccer',
    title: 'Pickup soccer after work',
    description:
      'Casual seven-a-side soccer under the lights, every week. All levels, mixed teams, and nobody keeps score seriously. Bring water and shoes you can run in.',
    category: 'sports-outdoors',
    venue: venue('Riverside Sports Complex, field 2', '600 River Rd'),
    organizer: WELLNESS,
    capacity: null,
    dayOffset: 4,
    time: '19:30',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;COUNT=6',
  },
  {
    id: 'meet-outdoors-ridge-hike',
    title: 'Beginner hike on the Ridge Trail',
    description:
      'A three-hour guided hike with views over the valley, at an easy pace with plenty of stops. Wear sturdy shoes and bring water and a snack. Older children who enjoy walking are welcome.',
    category: 'sports-outdoors',
    venue: venue('Hollow Ridge Reservation, north parking lot', '1400 Ridge Rd'),
    organizer: { name: 'Alderbrook Trail Walkers', kind: 'partner', url: null },
    capacity: 20,
    dayOffset: 27,
    time: '09:30',
    minutes: 180,
    rrule: null,
  },

  // ——— Family-friendly ———
  {
    id: 'meet-family-storytime',
    title: 'Storytime and playground morning',
    description:
      'Bilingual picture-book stories in the library’s children’s room, then a short walk to the playground next door. A good way for spouses and little ones to meet other families. Every other week, free, no sign-up.',
    category: 'family-friendly',
    venue: venue('Alderbrook Public Library, Children’s Room', '60 Elm St'),
    organizer: {
      name: 'Alderbrook Public Library',
      kind: 'partner',
      url: 'https://library.example.org',
    },
    capacity: null,
    dayOffset: 5,
    time: '10:30',
    minutes: 75,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3',
  },
  {
    id: 'meet-family-picnic',
    title: 'Residents’ family picnic',
    description:
      'The program brings the food (with vegetarian and halal options), lawn games and a bubble machine. Bring your family, your roommates or just yourself; nobody needs to stay long.',
    category: 'family-friendly',
    venue: venue('Riverside Park pavilion', '150 River Rd'),
    organizer: WELLNESS,
    capacity: null,
    dayOffset: 13,
    time: '12:00',
    minutes: 180,
    rrule: null,
  },
  {
    id: 'meet-family-bowling',
    title: 'Family bowling afternoon',
    description:
      'Two hours of bowling with bumpers for the kids and pizza afterwards, paid for by the program. Lanes are booked for up to 30 people, so please RSVP for everyone in your group.',
    category: 'family-friendly',
    venue: venue('Starlight Lanes', '350 Commerce Blvd'),
    organizer: WELLNESS,
    capacity: 30,
    dayOffset: 34,
    time: '15:00',
    minutes: 150,
    rrule: null,
  },
  {
    id: 'meet-family-museum-morning',
    title: 'Children’s museum morning',
    description:
      'The Discovery Barn opens early for residents’ families, with hands-on science tables and a quiet room for babies. Free entry for residents and their families; come and go as you like.',
    category: 'family-friendly',
    venue: venue('Discovery Barn Children’s Museum', '40 Harvest Rd'),
    organizer: { name: 'Discovery Barn Children’s Museum', kind: 'partner', url: null },
    capacity: null,
    dayOffset: 41,
    time: '10:00',
    minutes: 120,
    rrule: null,
  },
];
