import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Channel, InteractionField } from '../../lib/domain';
import { CHANNELS, INTERACTION_FIELDS, isEmail, isOffsetDateTime } from '../../lib/detect/values';

const Email = z.email();
const DateTime = z.iso.datetime({ offset: true });

describe("the detector's zod-free value checks agree with the domain schema", () => {
  it('lists the same channels and fields, in the same order', () => {
    expect(CHANNELS).toEqual(Channel.options);
    expect(INTERACTION_FIELDS).toEqual(InteractionField.options);
  });

  it.each([
    'agent1@demo.laatu', 'a.b+c@example.co.uk', "o'neil@example.org", 'not an e-mail', 'a@b', '@example.com',
    'a..b@example.com', '.a@example.com', 'a@-example.com', 'Aino <a@example.com>', 'a@example.c0m',
  ])('e-mail %s', (text) => {
    expect(isEmail(text)).toBe(Email.safeParse(text).success);
  });

  it.each([
    '2026-11-24T15:06:24Z', '2026-11-24T15:06:24.123+02:00', '2026-11-24T15:06Z', '2026-11-24 15:06:24Z',
    '2026-02-29T00:00:00Z', '2024-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-04-31T00:00:00Z',
    '2026-11-24T24:00:00Z', '2026-11-24T15:06:24', 'yesterday', '2026-11-24T15:06:24+0200',
  ])('date-time %s', (text) => {
    expect(isOffsetDateTime(text)).toBe(DateTime.safeParse(text).success);
  });

  it('never accepts a date-time the schema refuses', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), fc.string({ maxLength: 3 }), (date, noise) => {
        const text = date.toISOString().replace('Z', noise);
        if (isOffsetDateTime(text)) expect(DateTime.safeParse(text).success).toBe(true);
      }),
    );
  });

  it('never accepts an e-mail the schema refuses', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string({ maxLength: 2 }), (email, noise) => {
        const text = email + noise;
        if (isEmail(text)) expect(Email.safeParse(text).success).toBe(true);
      }),
    );
  });
});
