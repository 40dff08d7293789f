/**
 * Who may see what. Every route of the contract is tried with another resident's ids, and no
 * response carries that resident's check-ins; every role is tried on every route it may not use.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { routes, type RouteId, type RouteSpec } from '../../src/contract/routes.js';
import { BACKENDS, checkInBody, newKey, startServer, type Harness } from './support.js';

/** A body for each JSON route that passes validation, so the request reaches the handler. */
function bodyFor(id: RouteId, other: { slotId: string }): unknown {
  const bodies: Partial<Record<RouteId, unknown>> = {
    checkInSubmit: checkInBody(),
    checkInSnooze: { days: 1 },
    chatRequestCreate: { slotId: other.slotId },
    chatRequestRespond: { decision: 'decline' },
    mentorChange: {},
    tipFeedback: { helpful: false },
    tipSave: { saved: true },
    phraseReport: { phrase: 'touch base' },
    meetupRsvp: { status: 'not-going' },
    outreachUpdate: { status: 'closed' },
  };
  return bodies[id] ?? {};
}

const withId = (spec: RouteSpec, id: string) => spec.path.replace('{id}', encodeURIComponent(id));

for (const backend of BACKENDS) {
  describe(`role boundaries (${backend})`, () => {
    let server: Harness;
    const tokens: Record<string, string> = {};
    const secret = `secret-answer-${Math.random().toString(36).slice(2)}`;
    let other: {
      checkInId: string;
      chatRequestId: string;
      outreachId: string;
      slotId: string;
      meetupId: string;
    };

    before(async () => {
      server = await startServer(backend);
      for (const person of [
        'res-ana',
        'res-bola',
        'mentor-maria',
        'mentor-obi',
        'staff-director',
        'staff-wellness',
      ]) {
        tokens[person] = await server.tokenFor(person);
      }
      // Bola, the other resident: a check-in with a private note and a request to be contacted,
      // a chat request in a slot, and an RSVP.
      const bola = tokens['res-bola']!;
      const checkIn = await server.call('POST', '/v1/check-ins', {
        token: bola,
        body: checkInBody(
          { mood: 2, note: secret },
          { contactRequest: { optionId: 'wellness', note: 'please call' } },
        ),
        idempotencyKey: newKey(),
      });
      assert.equal(checkIn.status, 201);
      const slots = await server.call('GET', '/v1/mentor/slots', { token: bola });
      const slotId = slots.json.items[0].id;
      const chat = await server.call('POST', '/v1/mentor/chat-requests', {
        token: bola,
        body: { slotId },
        idempotencyKey: newKey(),
      });
      assert.equal(chat.status, 201);
      const outreach = await server.call('GET', '/v1/outreach', {
        token: tokens['staff-wellness'],
      });
      const meetups = await server.call('GET', '/v1/meetups', { token: bola });
      const meetupId = meetups.json.items[0].id;
      await server.call('PUT', `/v1/meetups/${meetupId}/rsvp`, {
        token: bola,
        body: { status: 'going' },
        idempotencyKey: newKey(),
      });
      other = {
        checkInId: checkIn.json.id,
        chatRequestId: chat.json.id,
        outreachId: outreach.json.items[0].id,
        slotId,
        meetupId,
      };
    });
    after(() => server.close());

    it("never shows a resident another resident's check-ins, through any route", async () => {
      const ana = tokens['res-ana']!;
      const ids = [
        'res-bola',
        other.checkInId,
        other.chatRequestId,
        other.outreachId,
        other.meetupId,
      ];
      let tried = 0;
      for (const [id, spec] of Object.entries(routes) as [RouteId, RouteSpec][]) {
        for (const target of spec.params ? ids : [undefined]) {
          const path = target ? withId(spec, target) : spec.path;
          const body =
            spec.body === undefined
              ? undefined
              : 'mediaType' in spec.body
                ? 'id,name\n'
                : bodyFor(id, other);
          const headers: Record<string, string> =
            spec.body && 'mediaType' in spec.body ? { 'Content-Type': spec.body.mediaType } : {};
          const result = await server.call(spec.method.toUpperCase(), path, {
            token: ana,
            body,
            headers,
            idempotencyKey: newKey(),
          });
          tried += 1;
          assert.ok(result.status < 500, `${spec.method} ${path}: ${result.status} ${result.text}`);
          // A problem's `instance` repeats the URL Ana asked for; everything else must be free of Bola's data.
          const shown = result.json?.instance
            ? JSON.stringify({ ...result.json, instance: null })
            : result.text;
          assert.ok(
            !shown.includes(other.checkInId),
            `${spec.method} ${path} shows Bola's check-in`,
          );
          assert.ok(!shown.includes(secret), `${spec.method} ${path} shows Bola's answer`);
          assert.ok(
            !shown.includes('please call'),
            `${spec.method} ${path} shows Bola's outreach note`,
          );
        }
      }
      assert.ok(tried > Object.keys(routes).length, 'every route, each with every id');

      // Nothing of Bola's was changed by Ana's attempts.
      const chat = await server.db.query<{ status: string }>(
        'SELECT status FROM chat_requests WHERE id = $1',
        [other.chatRequestId],
      );
      assert.equal(chat.rows[0]?.status, 'pending');
      const outreach = await server.db.query<{ status: string }>(
        'SELECT status FROM outreach_requests WHERE id = $1',
        [other.outreachId],
      );
      assert.equal(outreach.rows[0]?.status, 'open');
      const rsvp = await server.db.query<{ status: string }>(
        `SELECT status FROM rsvps WHERE meetup_id = $1 AND resident_id = 'res-bola'`,
        [other.meetupId],
      );
      assert.equal(rsvp.rows[0]?.status, 'going');
    });

    it('returns answers to no one, their owner included: staff and the resident see only derived figures', async () => {
      for (const person of ['res-bola', 'mentor-maria', 'staff-director', 'staff-wellness']) {
        for (const spec of Object.values(routes) as RouteSpec[]) {
          if (spec.method !== 'get' || spec.params) continue;
          const result = await server.call('GET', spec.path, { token: tokens[person] });
          assert.ok(!result.text.includes(secret), `${person}: GET ${spec.path} returns an answer`);
        }
      }
      const history = await server.call('GET', '/v1/check-ins/mine', { token: tokens['res-bola'] });
      assert.deepEqual(Object.keys(history.json.items[0]).sort(), [
        'id',
        'submittedAt',
        'support',
        'wellbeing',
      ]);
    });

    it('tells only the person a contact request routes to', async () => {
      const wellness = await server.call('GET', '/v1/outreach', {
        token: tokens['staff-wellness'],
      });
      assert.deepEqual(
        wellness.json.items.map((item: { residentId: string }) => item.residentId),
        ['res-bola'],
      );
      for (const person of ['staff-director', 'mentor-maria', 'mentor-obi']) {
        const result = await server.call('GET', '/v1/outreach', { token: tokens[person] });
        assert.deepEqual(result.json.items, [], person);
        const update = await server.call('PATCH', `/v1/outreach/${other.outreachId}`, {
          token: tokens[person],
          body: { status: 'closed' },
        });
        assert.equal(update.status, 404, person);
      }
    });

    it('shows a mentor only the chat requests addressed to them', async () => {
      const maria = await server.call('GET', '/v1/mentor/chat-requests', {
        token: tokens['mentor-maria'],
      });
      assert.ok(maria.json.items.some((item: { id: string }) => item.id === other.chatRequestId));
      const obi = await server.call('GET', '/v1/mentor/chat-requests', {
        token: tokens['mentor-obi'],
      });
      assert.ok(!obi.text.includes(other.chatRequestId));
      const respond = await server.call(
        'POST',
        `/v1/mentor/chat-requests/${other.chatRequestId}/respond`,
        {
          token: tokens['mentor-obi'],
          body: { decision: 'decline' },
          idempotencyKey: newKey(),
        },
      );
      assert.equal(respond.status, 404);
    });

    it('refuses every route to every role it does not name (403)', async () => {
      const tokenOf = {
        resident: tokens['res-ana']!,
        mentor: tokens['mentor-maria']!,
        coordinator: tokens['staff-director']!,
      };
      let refusals = 0;
      for (const spec of Object.values(routes) as RouteSpec[]) {
        if (spec.roles === 'public') continue;
        for (const [role, token] of Object.entries(tokenOf)) {
          if ((spec.roles as readonly string[]).includes(role)) continue;
          const body = spec.method === 'get' ? undefined : {};
          const result = await server.call(spec.method.toUpperCase(), withId(spec, 'x'), {
            token,
            body,
            idempotencyKey: newKey(),
          });
          assert.equal(result.status, 403, `${role} on ${spec.method} ${spec.path}`);
          refusals += 1;
        }
      }
      assert.ok(refusals > 40);
    });
  });
}
