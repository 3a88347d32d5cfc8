import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/** Who someone is in the organisation decides what they may see and do. */
export const Role = lazySchema(() => z.enum(['admin', 'supervisor', 'coach', 'agent']));
export type Role = z.infer<typeof Role>;

export const User = lazySchema(() => z.object({
  id: z.string().min(1),
  email: z.email(),
  name: z.string().min(1),
  role: Role,
  teamId: z.string().nullable(),
}));
export type User = z.infer<typeof User>;

export const Team = lazySchema(() => z.object({ id: z.string(), name: z.string(), unitId: z.string() }));
export type Team = z.infer<typeof Team>;

export const Unit = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
export type Unit = z.infer<typeof Unit>;
