/**
 * Calendar files, read back with ical.js as a resident's calendar app would: a recurring meetup
 * carries its VTIMEZONE and the series' RRULE; a confirmed coffee chat carries the mentor's zone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { BACKENDS, isProblem, newKey, startServer, type Harness } from './support.js';

/** Parses a calendar, registering its own VTIMEZONEs so times are placed only with what the file says. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const timezone = new ICAL.Timezone(zone);
    if (ICAL.TimezoneService.has(timezone.tzid)) ICAL.TimezoneService.remove(timezone.tzid);
    ICAL.TimezoneService.register(timezone);
  }
  // Parse again now that the zones are known.
  const reread = new ICAL.Component(ICAL.parse(text));
  return { calendar: reread, event: new ICAL.Event(reread.getFirstSubcomponent('vevent')!) };
}

for (const backend of BACKENDS) {
  describe(`calendar files (${backend})`, () => {
    let server: Harness;
    let ana: string;

    before(async () => {
      server = await startServer(backend);
      ana = await server.tokenFor('res-ana');
    });
    after(() => server.close());

    it('gives a recurring meetup as its series, with VTIMEZONE and RRULE', async () => {
      const list = await server.call('GET', '/v1/meetups', { token: ana });
      const occurrences = list.json.items.filter(
        (item: { seriesId: string }) => item.seriesId === 'meetup-coffee',
      );
      const second = occurrences[1];
      const response = await fetch(`${server.apiUrl}/v1/meetups/${second.id}/ics`, {
        headers: { Authorization: `Bearer ${ana}` },
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Content-Type') ?? '', /^text\/calendar/);
      assert.match(
        response.headers.get('Content-Disposition') ?? '',
        /attachment; filename="thursday-coffee\.ics"/,
      );
      const text = await response.text();
      assert.match(text, /\r\n$/);

      const { calendar, event } = readCalendar(text);
      const zone = calendar.getFirstSubcomponent('vtimezone')!;
      assert.equal(zone.getFirstPropertyValue('tzid'), 'America/New_York');
      assert.equal(event.startDate.zone?.tzid, 'America/New_York');
      assert.equal(String(event.component.getFirstPropertyValue('rrule')), 'FREQ=WEEKLY;COUNT=4');
      assert.equal(event.summary, 'Thursday coffee');
      assert.match(event.location, /Café Luna/);

      // Expanding the series from the file alone gives the occurrences the API lists, instant for instant.
      const iterator = event.iterator();
      const fromFile: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next())
        fromFile.push(next.toJSDate().toISOString());
      assert.equal(fromFile.length, 4);
      assert.deepEqual(
        fromFile.slice(0, occurrences.length),
        occurrences.map((item: { startsAt: string }) => item.startsAt),
      );
    });

    it('gives a one-off meetup as a single event', async () => {
      const list = await server.call('GET', '/v1/meetups?category=bookstore', { token: ana });
      const response = await server.call('GET', `/v1/meetups/${list.json.items[0].id}/ics`, {
        token: ana,
      });
      const { event } = readCalendar(response.text);
      assert.equal(event.isRecurring(), false);
      assert.equal(event.startDate.toJSDate().toISOString(), list.json.items[0].startsAt);
    });

    it('gives a coffee chat only once the mentor has confirmed it, in the mentor’s time zone', async () => {
      const chen = await server.tokenFor('res-chen');
      const slots = await server.call('GET', '/v1/mentor/slots', { token: chen });
      const slot = slots.json.items[0];
      const request = await server.call('POST', '/v1/mentor/chat-requests', {
        token: chen,
        body: { slotId: slot.id, topic: 'Step 3 timing' },
        idempotencyKey: newKey(),
      });
      const path = `/v1/mentor/chat-requests/${request.json.id}/ics`;
      assert.ok(
        isProblem(await server.call('GET', path, { token: chen }), 409),
        'pending: no calendar entry yet',
      );

      const obi = await server.tokenFor('mentor-obi');
      await server.call('POST', `/v1/mentor/chat-requests/${request.json.id}/respond`, {
        token: obi,
        body: { decision: 'confirm' },
        idempotencyKey: newKey(),
      });
      for (const token of [chen, obi]) {
        const response = await server.call('GET', path, { token });
        assert.equal(response.status, 200);
        const { event } = readCalendar(response.text);
        assert.equal(event.startDate.zone?.tzid, 'America/Chicago');
        assert.equal(event.startDate.toJSDate().toISOString(), slot.startsAt);
        assert.equal(event.endDate.toJSDate().toISOString(), slot.endsAt);
      }
      const otherResident = await server.tokenFor('res-ana');
      assert.ok(isProblem(await server.call('GET', path, { token: otherResident }), 404));
    });
  });
}
