import type { User } from '../../lib/domain';

/** What the auth middleware leaves on the context for the routes behind it. */
export type AppEnv = {
  Variables: {
    user: User;
    tokenHash: string;
  };
};
