/**
 * Near-peer mentors: the resident's mentor and shared languages, offered slots, coffee-chat
 * requests (one per slot), cancelling and responding, mentees, and confidential change requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROBLEM_TYPE } from '../../server/problem.js';
import { BACKENDS, isProblem, newKey, startServer, type Harness } from './support.js';

for (const backend of BACKENDS) {
  describe(`mentor (${backend})`, () => {
    let server: Harness;
    const tokens: Record<string, string> = {};

    before(async () => {
      server = await startServer(backend);
      for (const id of [
        'res-ana',
        'res-bola',
        'res-chen',
        'res-dara',
        'mentor-maria',
        'mentor-obi',
        'staff-director',
      ]) {
        tokens[id] = await server.tokenFor(id);
      }
    });
    after(() => server.close());

    const ask = (resident: string, slotId: string) =>
      server.call('POST', '/v1/mentor/chat-requests', {
        token: tokens[resident],
        body: { slotId, topic: 'Night shifts' },
        idempotencyKey: newKey(),
      });

    it("shows the resident's mentor and the languages they share", async () => {
      const mine = await server.call('GET', '/v1/mentor', { token: tokens['res-ana'] });
      assert.equal(mine.json.mentor.id, 'mentor-maria');
      assert.deepEqual(mine.json.sharedLanguages, ['pt', 'en']);
      assert.ok(mine.json.assignedAt);
      const none = await server.call('GET', '/v1/mentor', { token: tokens['res-dara'] });
      assert.deepEqual(none.json, { mentor: null, sharedLanguages: [], assignedAt: null });
    });

    it('lists only available future slots of the resident’s own mentor', async () => {
      const slots = await server.call('GET', '/v1/mentor/slots', { token: tokens['res-ana'] });
      assert.ok(slots.json.items.length >= 4);
      for (const slot of slots.json.items) {
        assert.equal(slot.mentorId, 'mentor-maria');
        assert.equal(slot.available, true);
        assert.ok(Date.parse(slot.startsAt) > Date.now());
      }
      const starts = slots.json.items.map((slot: { startsAt: string }) => slot.startsAt);
      assert.deepEqual([...starts].sort(), starts);
      assert.deepEqual(
        (await server.call('GET', '/v1/mentor/slots', { token: tokens['res-dara'] })).json.items,
        [],
      );
    });

    it('lets one resident hold a slot; the next one asking gets 409 "slot taken"', async () => {
      const [slot] = (await server.call('GET', '/v1/mentor/slots', { token: tokens['res-ana'] }))
        .json.items;
      const first = await ask('res-ana', slot.id);
      assert.equal(first.status, 201);
      assert.equal(first.json.status, 'pending');
      assert.equal(first.json.slot.available, false);
      const second = await ask('res-bola', slot.id);
      assert.ok(isProblem(second, 409));
      assert.equal(second.json.type, PROBLEM_TYPE.slotTaken);
      const list = await server.call('GET', '/v1/mentor/slots', { token: tokens['res-bola'] });
      assert.ok(
        !list.json.items.some((item: { id: string }) => item.id === slot.id),
        'a held slot is no longer offered',
      );
    });

    it('gives a slot asked for twice at the same moment to exactly one resident', async () => {
      const [, slot] = (await server.call('GET', '/v1/mentor/slots', { token: tokens['res-ana'] }))
        .json.items;
      const results = await Promise.all([ask('res-ana', slot.id), ask('res-bola', slot.id)]);
      assert.deepEqual(results.map((result) => result.status).sort(), [201, 409]);
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM chat_requests WHERE slot_id = $1 AND status IN ('pending', 'confirmed')`,
        [slot.id],
      );
      assert.equal(rows[0]!.n, 1);
    });

    it("refuses a slot of someone else's mentor as unknown", async () => {
      const obiSlots = await server.call('GET', '/v1/mentor/slots', { token: tokens['res-chen'] });
      assert.ok(isProblem(await ask('res-ana', obiSlots.json.items[0].id), 404));
    });

    it('lets the resident cancel, which frees the slot, and cancelling again changes nothing', async () => {
      const [slot] = (await server.call('GET', '/v1/mentor/slots', { token: tokens['res-bola'] }))
        .json.items;
      const request = await ask('res-bola', slot.id);
      const cancel = () =>
        server.call('POST', `/v1/mentor/chat-requests/${request.json.id}/cancel`, {
          token: tokens['res-bola'],
          idempotencyKey: newKey(),
        });
      assert.equal((await cancel()).json.status, 'cancelled');
      assert.equal((await cancel()).json.status, 'cancelled');
      assert.equal((await ask('res-ana', slot.id)).status, 201, 'the slot can be asked for again');
    });

    it('lets the mentor confirm or decline, once', async () => {
      const mine = await server.call('GET', '/v1/mentor/chat-requests', {
        token: tokens['mentor-maria'],
      });
      const pending = mine.json.items.filter(
        (item: { status: string }) => item.status === 'pending',
      );
      assert.ok(pending.length >= 2);
      const respond = (id: string, decision: string) =>
        server.call('POST', `/v1/mentor/chat-requests/${id}/respond`, {
          token: tokens['mentor-maria'],
          body: { decision, message: 'See you there' },
          idempotencyKey: newKey(),
        });
      const confirmed = await respond(pending[0].id, 'confirm');
      assert.deepEqual(
        [confirmed.json.status, confirmed.json.responseMessage],
        ['confirmed', 'See you there'],
      );
      assert.ok(isProblem(await respond(pending[0].id, 'decline'), 409));
      assert.equal((await respond(pending[1].id, 'decline')).json.status, 'declined');
      const residentView = await server.call('GET', '/v1/mentor/chat-requests', {
        token: tokens[pending[0].residentId],
      });
      assert.ok(
        residentView.json.items.some(
          (item: { id: string; status: string }) =>
            item.id === pending[0].id && item.status === 'confirmed',
        ),
      );
    });

    it("lists a mentor's mentees", async () => {
      const mentees = await server.call('GET', '/v1/mentor/mentees', {
        token: tokens['mentor-maria'],
      });
      assert.deepEqual(
        mentees.json.items.map((mentee: { id: string }) => mentee.id),
        ['res-ana', 'res-bola'],
      );
    });

    it('takes a confidential request for another mentor, seen by coordinators only', async () => {
      const receipt = await server.call('POST', '/v1/mentor/change-requests', {
        token: tokens['res-bola'],
        body: { reason: 'Different specialty' },
        idempotencyKey: newKey(),
      });
      assert.equal(receipt.status, 201);
      const list = await server.call('GET', '/v1/coordinator/mentor-change-requests', {
        token: tokens['staff-director'],
      });
      assert.deepEqual(list.json.items[0], {
        id: receipt.json.id,
        residentId: 'res-bola',
        residentName: 'Bola Adeyemi',
        reason: 'Different specialty',
        createdAt: receipt.json.createdAt,
        status: 'open',
      });
      const mentorList = await server.call('GET', '/v1/mentor/chat-requests', {
        token: tokens['mentor-maria'],
      });
      assert.ok(!mentorList.text.includes('Different specialty'));
    });
  });
}
