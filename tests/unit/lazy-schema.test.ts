import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InteractionRef, InteractionSnapshot } from '../../lib/domain';
import { lazySchema } from '../../lib/domain/lazy-schema';

describe('lazySchema', () => {
  it('builds the schema once, on first use, not when declared', () => {
    let builds = 0;
    const Name = lazySchema(() => {
      builds += 1;
      return z.string().min(1);
    });
    expect(builds).toBe(0);
    expect(Name.parse('Aino')).toBe('Aino');
    expect(Name.safeParse('').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes into other schemas, lazy or not, and keeps zod’s own methods and checks', () => {
    const Channel = lazySchema(() => z.enum(['call', 'chat']));
    const Encounter = lazySchema(() => z.object({ id: z.string(), channel: Channel }));
    const WithAgent = lazySchema(() => Encounter.extend({ agent: z.string().optional() }));
    expect(WithAgent.parse({ id: '1', channel: 'chat', agent: 'A' })).toEqual({ id: '1', channel: 'chat', agent: 'A' });
    expect(WithAgent.safeParse({ id: '1', channel: 'fax' }).error?.issues[0]?.path).toEqual(['channel']);
    expect(z.array(Channel).optional().parse(undefined)).toBeUndefined();
    expect(Channel.options).toEqual(['call', 'chat']);
    expect(Encounter instanceof z.ZodObject).toBe(true);
    expect('shape' in Encounter).toBe(true);
  });

  it('leaves the domain schemas behaving as declared', () => {
    const snapshot = {
      platform: 'demo-desk',
      externalId: 'T-1',
      channel: 'chat',
      url: 'http://127.0.0.1/demo/interactions/T-1',
      confidence: 1,
      missing: [],
      detectedAt: new Date().toISOString(),
    };
    expect(InteractionSnapshot.safeParse(snapshot).success).toBe(true);
    expect(InteractionSnapshot.safeParse({ ...snapshot, confidence: 2 }).success).toBe(false);
    expect(InteractionRef.parse(snapshot)).not.toHaveProperty('confidence');
  });
});
